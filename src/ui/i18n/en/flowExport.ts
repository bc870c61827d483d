/** English messages of the Flow export's warnings dialog (loaded with it). */
export const flowExport = {
  'flowExport.title': 'Some steps won\'t go to Shopify Flow as they are',
  'flowExport.intro': 'The file is written anyway, but Shopify Flow will refuse it or change these steps until you fix them there:',
  'flowExport.listLabel': 'Steps Shopify Flow can\'t take as they are',
  'flowExport.saveAnyway': 'Save anyway',
  'flowExport.flowbenchTask': '{step}: Shopify Flow has no task for this step; it is written as {taskId}, which only Flowbench reads.',
  'flowExport.fieldNotWritten': '{step}: the value of {field} can\'t be written in Shopify Flow\'s form, so it is left out.',
  'flowExport.customVariable': '{step}: its data is named {variable}, but Shopify Flow names it after the step ({base}), so steps that read {variable} need changing in Flow.',
  'flowExport.conditionInexact': '{step}: part of the condition can\'t be said exactly in Shopify Flow\'s words.',
  'flowExport.flowCheck': 'Shopify Flow\'s checks: {code} at {path}.',
} as const;

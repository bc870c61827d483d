/** English messages of refused input's problems listed by JSON path: an import's problem list, a custom app's or a store record's (loaded with them). */
export const pathProblems = {
  'pathProblems.import.title': 'Nothing was imported',
  'pathProblems.import.intro': {
    one: 'The file has a problem; your workflows and setup were not changed. Fix it and import the file again.',
    other: 'The file has {count} problems; your workflows and setup were not changed. Fix them and import the file again.',
  },
  'pathProblems.import.list': 'Import problems',
  'pathProblems.reason.missing': 'is missing (expected {expected})',
  'pathProblems.reason.wrongType': 'expected {expected}, got {got}',
  'pathProblems.reason.unknownKeys': { one: 'unknown key {keys}', other: 'unknown keys {keys}' },
  'pathProblems.reason.oneOf': 'must be one of {values}',
  'pathProblems.type.string': 'string',
  'pathProblems.type.number': 'number',
  'pathProblems.type.boolean': 'boolean',
  'pathProblems.type.object': 'object',
  'pathProblems.type.array': 'array',
  'pathProblems.type.aList': 'a list',
  'pathProblems.type.anObject': 'an object',
  'pathProblems.type.outOfRange': 'a number out of range',
} as const;

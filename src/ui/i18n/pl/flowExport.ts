/** Polish messages of the Flow export's warnings dialog. */
import type { MessagesOf } from '../messages';
import type { flowExport as en } from '../en/flowExport';

export const flowExport: MessagesOf<typeof en> = {
  'flowExport.title': 'Niektóre kroki nie przejdą do Shopify Flow bez zmian',
  'flowExport.intro': 'Plik i tak zostanie zapisany, ale Shopify Flow odrzuci go albo zmieni te kroki, dopóki ich tam nie poprawisz:',
  'flowExport.listLabel': 'Kroki, których Shopify Flow nie przyjmie bez zmian',
  'flowExport.saveAnyway': 'Zapisz mimo to',
  'flowExport.flowbenchTask': '{step}: Shopify Flow nie ma zadania dla tego kroku; zostaje zapisany jako {taskId}, które czyta tylko Flowbench.',
  'flowExport.fieldNotWritten': '{step}: wartości pola {field} nie da się zapisać w postaci Shopify Flow, więc zostaje pominięta.',
  'flowExport.customVariable': '{step}: jego dane nazywają się {variable}, ale Shopify Flow nazywa je od kroku ({base}), więc kroki czytające {variable} trzeba zmienić we Flow.',
  'flowExport.conditionInexact': '{step}: części warunku nie da się wyrazić dokładnie słowami Shopify Flow.',
  'flowExport.flowCheck': 'Kontrole Shopify Flow: {code} w {path}.',
};

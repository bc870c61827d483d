/** Polish messages of refused input's problems listed by JSON path. */
import type { MessagesOf } from '../messages';
import type { pathProblems as en } from '../en/pathProblems';

export const pathProblems: MessagesOf<typeof en> = {
  'pathProblems.import.title': 'Nic nie zostało zaimportowane',
  'pathProblems.import.intro': {
    one: 'Plik ma {count} problem; Twoje przepływy i konfiguracja nie zostały zmienione. Popraw go i zaimportuj plik ponownie.',
    few: 'Plik ma {count} problemy; Twoje przepływy i konfiguracja nie zostały zmienione. Popraw je i zaimportuj plik ponownie.',
    many: 'Plik ma {count} problemów; Twoje przepływy i konfiguracja nie zostały zmienione. Popraw je i zaimportuj plik ponownie.',
    other: 'Plik ma {count} problemu; Twoje przepływy i konfiguracja nie zostały zmienione. Popraw je i zaimportuj plik ponownie.',
  },
  'pathProblems.import.list': 'Problemy importu',
  'pathProblems.reason.missing': 'brak wartości (oczekiwano: {expected})',
  'pathProblems.reason.wrongType': 'oczekiwano: {expected}, jest: {got}',
  'pathProblems.reason.unknownKeys': {
    one: 'nieznany klucz {keys}',
    few: 'nieznane klucze {keys}',
    many: 'nieznane klucze {keys}',
    other: 'nieznane klucze {keys}',
  },
  'pathProblems.reason.oneOf': 'musi być jedną z wartości: {values}',
  'pathProblems.type.string': 'tekst',
  'pathProblems.type.number': 'liczba',
  'pathProblems.type.boolean': 'wartość logiczna',
  'pathProblems.type.object': 'obiekt',
  'pathProblems.type.array': 'lista',
  'pathProblems.type.aList': 'lista',
  'pathProblems.type.anObject': 'obiekt',
  'pathProblems.type.outOfRange': 'liczba spoza zakresu',
};

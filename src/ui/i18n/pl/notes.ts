/** Polish messages of sticky notes on the canvas. */
import type { MessagesOf } from '../messages';
import type { notes as en } from '../en/notes';

export const notes: MessagesOf<typeof en> = {
  'notes.node.label': 'Notatka: {excerpt}',
  'notes.node.empty': 'Pusta notatka',
  'notes.node.placeholder': 'Kliknij dwukrotnie lub naciśnij Enter, aby pisać. Działa Markdown: **pogrubienie**, *kursywa*, listy, linki.',
  'notes.node.description': 'Notatka. Enter edytuje jej tekst, strzałki ją przesuwają, Delete ją usuwa.',
  'notes.edit.label': 'Tekst notatki (Markdown)',
  'notes.edit.done': 'Escape lub kliknięcie obok kończy edycję.',
  'notes.color.label': 'Kolor',
  'notes.color.yellow': 'Żółty',
  'notes.color.blue': 'Niebieski',
  'notes.color.green': 'Zielony',
  'notes.color.pink': 'Różowy',
  'notes.color.grey': 'Szary',
  'notes.inspector.title': 'Notatka',
  'notes.inspector.about':
    'Notatki są dla osób czytających przepływ: nigdy się nie wykonują i nie są sprawdzane. W eksporcie do Shopify Flow teksty wszystkich notatek trafiają do pola notatki przepływu, bez koloru, rozmiaru i położenia.',
  'notes.inspector.delete': 'Usuń notatkę',
  'notes.summary.added': { one: 'dodano {count} notatkę', few: 'dodano {count} notatki', many: 'dodano {count} notatek', other: 'dodano {count} notatki' },
  'notes.summary.removed': { one: 'usunięto {count} notatkę', few: 'usunięto {count} notatki', many: 'usunięto {count} notatek', other: 'usunięto {count} notatki' },
  'notes.summary.changed': { one: 'zmieniono {count} notatkę', few: 'zmieniono {count} notatki', many: 'zmieniono {count} notatek', other: 'zmieniono {count} notatki' },
  'notes.diff.heading': 'Notatki',
  'notes.diff.added': 'Dodano: {note}',
  'notes.diff.removed': 'Usunięto: {note}',
  'notes.diff.changed': 'Zmieniono: {note}',
  'notes.diff.empty': '(pusta notatka)',
  'notes.diff.text': 'Tekst:',
  'notes.diff.color': 'Kolor:',
  'notes.search.kind': 'Notatka',
  'notes.announce.moved': 'Notatkę przesunięto na {x}, {y}.',
  'notes.flowExport.textOnly': {
    one: 'Notatka: do Shopify Flow trafia tylko jej tekst, jako notatka przepływu. Kolor, rozmiar i położenie przepadają. (Wniosek: Shopify nie opisuje notatek; jego eksporty mają pole notatki przepływu, zawsze puste).',
    few: '{count} notatki: do Shopify Flow trafiają tylko ich teksty, połączone w notatkę przepływu. Kolor, rozmiar i położenie przepadają. (Wniosek: Shopify nie opisuje notatek; jego eksporty mają pole notatki przepływu, zawsze puste).',
    many: '{count} notatek: do Shopify Flow trafiają tylko ich teksty, połączone w notatkę przepływu. Kolor, rozmiar i położenie przepadają. (Wniosek: Shopify nie opisuje notatek; jego eksporty mają pole notatki przepływu, zawsze puste).',
    other: '{count} notatki: do Shopify Flow trafiają tylko ich teksty, połączone w notatkę przepływu. Kolor, rozmiar i położenie przepadają. (Wniosek: Shopify nie opisuje notatek; jego eksporty mają pole notatki przepływu, zawsze puste).',
  },
};

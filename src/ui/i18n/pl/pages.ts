/** Polish messages of the pages' own frames. */
import type { MessagesOf } from '../messages';
import type { pages as en } from '../en/pages';

export const pages: MessagesOf<typeof en> = {
  'pages.notFound.title': 'Nie znaleziono strony',
  'pages.notFound.before': 'Pod tym adresem nie ma żadnej strony. Przejdź do strony ',
  'pages.notFound.after': '.',
  'pages.runs.title': 'Uruchomienia',
  'pages.run.title': 'Uruchomienie',
  'pages.run.documentTitle': 'Uruchomienie: {workflow}',
  'pages.run.loading': 'Wczytywanie uruchomienia…',
  'pages.run.notFound': 'Nie znaleziono uruchomienia',
  'pages.run.notFoundBefore': 'W tej przeglądarce nie ma uruchomienia o tym adresie. Wróć do strony ',
  'pages.run.notFoundAfter': '.',
  'pages.sandbox.title': 'Piaskownica',
  'pages.sandbox.loadingOrg': 'Wczytywanie organizacji…',
  'pages.sandbox.noStores': 'Nie ma żadnych sklepów.',
  'pages.sandbox.noStoresHint': 'Dodaj sklep na stronie Organizacja; każdy sklep ma własną piaskownicę.',
  'pages.sandbox.store': 'Sklep',
  'pages.sandbox.reset': 'Wyczyść piaskownicę',
  'pages.sandbox.resetTitle': 'Wyczyścić piaskownicę sklepu {store}?',
  'pages.sandbox.resetBody':
    'Wszystkie rekordy, które symulowane aplikacje utworzyły w sklepie {store}, zostaną usunięte: wiadomości, wiersze, zadania, karty, punkty i cała reszta. Dane sklepu (zamówienia, klienci, produkty) i historia uruchomień zostają zachowane.',
};

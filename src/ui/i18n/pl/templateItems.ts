/** Polish names and descriptions of the templates (see en/templateItems.ts). */
import type { MessagesOf } from '../messages';
import type { templateItems as en } from '../en/templateItems';

export const templateItems: MessagesOf<typeof en> = {
  'templateItems.age-check-new-orders.name': 'Nowe zamówienia: sprawdź wiek klienta',
  'templateItems.age-check-new-orders.description':
    'Uruchamia weryfikację AgeChecked dla każdego nowego zamówienia (AgeChecked potrzebuje identyfikatora zamówienia, który daje wyzwalacz „Utworzono zamówienie”).',
  'templateItems.birthday-sms.name': 'Urodziny: wyślij SMS',
  'templateItems.birthday-sms.description':
    'W dniu urodzin członka programu lojalnościowego wysyła życzenia SMS-em przez FirePush (numer musi być w formacie E.164).',
  'templateItems.demand-to-sheet.name': 'Popyt na niedostępne produkty: zapisz go w Arkuszach Google',
  'templateItems.demand-to-sheet.description':
    'Gdy w Back in Stock zmienia się popyt na wyprzedany wariant, dodaje wiersz do arkusza zakupów.',
  'templateItems.email-typo-tag.name': 'Literówka w e-mailu: oznacz klienta tagiem',
  'templateItems.email-typo-tag.description':
    'Gdy Typoly znajdzie literówkę w domenie e-mail klienta, oznacza klienta tagiem, aby zespół mógł potwierdzić właściwy adres.',
  'templateItems.klevu-boost-in-stock.name': 'Produkt znów dostępny: wypromuj go w wyszukiwarce Klevu',
  'templateItems.klevu-boost-in-stock.description':
    'Gdy zapasy wracają, promuje produkt w wynikach wyszukiwania Klevu (Klevu pozwala na to tylko z wyzwalaczem „Zmieniono ilość zapasów”).',
  'templateItems.low-loox-rating.name': 'Niska ocena w Loox: alert, w przeciwnym razie podziękowanie',
  'templateItems.low-loox-rating.description':
    'Recenzja Loox poniżej 3 gwiazdek trafia na Slacka; dobra oznacza klienta tagiem zadowolonego recenzenta.',
  'templateItems.negative-review-to-slack-and-asana.name': 'Negatywna recenzja: powiadom zespół i utwórz zadanie',
  'templateItems.negative-review-to-slack-and-asana.description':
    'Gdy REVIEWS.io otrzyma negatywną recenzję firmy, publikuje ją na Slacku i tworzy zadanie w Asanie, aby ktoś odpowiedział w ciągu doby.',
  'templateItems.new-candidate-to-slack.name': 'Nowy kandydat do pracy: powiadom kanał rekrutacji',
  'templateItems.new-candidate-to-slack.description':
    'Gdy ShopHire otrzyma zgłoszenie, publikuje kandydata na kanale #hiring z linkiem do CV.',
  'templateItems.new-customer-to-omnisend.name': 'Nowy klient: synchronizuj z Omnisend',
  'templateItems.new-customer-to-omnisend.description':
    'Gdy powstaje konto klienta, tworzy lub aktualizuje kontakt w Omnisend, z tagiem według zgody marketingowej.',
  'templateItems.nps-to-sheet.name': 'Odpowiedzi NPS: zbieraj je w arkuszu',
  'templateItems.nps-to-sheet.description':
    'Każdy wynik Net Promoter Score zebrany przez Stamped.io trafia do Arkusza Google; krytycy dodatkowo wywołują alert na Slacku.',
  'templateItems.tier-up-to-klaviyo.name': 'Awans na wyższy poziom lojalnościowy: powiadom Klaviyo',
  'templateItems.tier-up-to-klaviyo.description':
    'Gdy LoyaltyLion przenosi klienta na wyższy poziom, rejestruje zdarzenie w Klaviyo, aby przepływ e-maili mógł mu pogratulować.',
  'templateItems.vip-orders.name': 'Duże opłacone zamówienia: tag VIP i powiadomienie zespołu',
  'templateItems.vip-orders.description': 'Gdy zostanie opłacone zamówienie powyżej 500, oznacza je tagiem VIP i publikuje na Slacku.',
  'templateItems.yotpo-bad-review-card.name': 'Zła recenzja w Yotpo: karta w Trello do dalszej obsługi',
  'templateItems.yotpo-bad-review-card.description':
    'Recenzja Yotpo z oceną 2 gwiazdki lub niższą staje się kartą na tablicy obsługi klienta.',
  // Lists (issue 14).
  'templateItems.presale-product-tags.name': 'Przedsprzedaż: tag dla produktu każdej pozycji zamówienia',
  'templateItems.presale-product-tags.description':
    'Gdy powstanie zamówienie, przechodzi przez jego pozycje: produkt każdej pozycji oznaczony tagiem presale dostaje tag presale-ordered, więc łatwo znaleźć zamówione produkty z przedsprzedaży.',
  // Workflow error occurred (issue 14)
  'templateItems.error-handler-to-slack.name': 'Obsługa błędów: powiadom Slack, gdy workflow zawiedzie',
  'templateItems.error-handler-to-slack.description':
    'Gdy przebieg innego workflow zakończy się błędem, publikuje na #flow-errors jego nazwę, krok, który zawiódł, i błąd, z linkiem do przebiegu. Flow wysyła to raz na wersję workflow w ciągu 30 dni.',
  // Run code
  'templateItems.loyalty-points-run-code.name': 'Punkty lojalnościowe obliczane w kroku „Uruchom kod”',
  'templateItems.loyalty-points-run-code.description':
    'Gdy zamówienie zostanie opłacone, krok „Uruchom kod” oblicza jego punkty lojalnościowe i poziom na podstawie wartości zamówienia; zamówienie, które zdobywa punkty, dostaje je w LoyaltyLion oraz tag z poziomem.',
  'templateItems.daily-unfulfilled-orders-email.name': 'Codzienny raport niezrealizowanych zamówień e-mailem',
  'templateItems.daily-unfulfilled-orders-email.description':
    'Codziennie o 8:00 wysyła zespołowi e-mailem listę otwartych zamówień sklepu, które nie zostały jeszcze zrealizowane.',
};

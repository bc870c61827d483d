/** Polish messages of the template gallery, with each template's name and description in Polish. */
import type { MessagesOf } from '../messages';
import type { templates as en } from '../en/templates';

export const templates: MessagesOf<typeof en> = {
  'templates.title': 'Zacznij od szablonu',
  'templates.list': 'Szablony',
  'templates.loading': 'Wczytywanie szablonów…',
  'templates.shopifyOnly': 'Tylko Shopify',
  'templates.notInstalled': ' · niezainstalowana',
  'templates.runsIn': 'Mógłby działać już dziś w: {stores}.',
  'templates.cannotRunBefore': 'Nie może jeszcze działać w żadnym sklepie: zainstaluj {apps} w sklepie na stronie ',
  'templates.cannotRunAfter': '.',
  'templates.and': ' i ',
  'templates.use': 'Użyj szablonu',
  'templates.useNamed': 'Użyj szablonu {name}',
  'templates.item.age-check-new-orders.name': 'Nowe zamówienia: sprawdź wiek klienta',
  'templates.item.age-check-new-orders.description':
    'Uruchamia weryfikację AgeChecked dla każdego nowego zamówienia (AgeChecked potrzebuje identyfikatora zamówienia, który daje wyzwalacz „Utworzono zamówienie”).',
  'templates.item.birthday-sms.name': 'Urodziny: wyślij SMS',
  'templates.item.birthday-sms.description':
    'W dniu urodzin członka programu lojalnościowego wysyła życzenia SMS-em przez FirePush (numer musi być w formacie E.164).',
  'templates.item.demand-to-sheet.name': 'Popyt na niedostępne produkty: zapisz go w Arkuszach Google',
  'templates.item.demand-to-sheet.description':
    'Gdy w Back in Stock zmienia się popyt na wyprzedany wariant, dodaje wiersz do arkusza zakupów.',
  'templates.item.email-typo-tag.name': 'Literówka w e-mailu: oznacz klienta tagiem',
  'templates.item.email-typo-tag.description':
    'Gdy Typoly znajdzie literówkę w domenie e-mail klienta, oznacza klienta tagiem, aby zespół mógł potwierdzić właściwy adres.',
  'templates.item.klevu-boost-in-stock.name': 'Produkt znów dostępny: wypromuj go w wyszukiwarce Klevu',
  'templates.item.klevu-boost-in-stock.description':
    'Gdy zapasy wracają, promuje produkt w wynikach wyszukiwania Klevu (Klevu pozwala na to tylko z wyzwalaczem „Zmieniono ilość zapasów”).',
  'templates.item.low-loox-rating.name': 'Niska ocena w Loox: alert, w przeciwnym razie podziękowanie',
  'templates.item.low-loox-rating.description':
    'Recenzja Loox poniżej 3 gwiazdek trafia na Slacka; dobra oznacza klienta tagiem zadowolonego recenzenta.',
  'templates.item.negative-review-to-slack-and-asana.name': 'Negatywna recenzja: powiadom zespół i utwórz zadanie',
  'templates.item.negative-review-to-slack-and-asana.description':
    'Gdy REVIEWS.io otrzyma negatywną recenzję firmy, publikuje ją na Slacku i tworzy zadanie w Asanie, aby ktoś odpowiedział w ciągu doby.',
  'templates.item.new-candidate-to-slack.name': 'Nowy kandydat do pracy: powiadom kanał rekrutacji',
  'templates.item.new-candidate-to-slack.description':
    'Gdy ShopHire otrzyma zgłoszenie, publikuje kandydata na kanale #hiring z linkiem do CV.',
  'templates.item.new-customer-to-omnisend.name': 'Nowy klient: synchronizuj z Omnisend',
  'templates.item.new-customer-to-omnisend.description':
    'Gdy powstaje konto klienta, tworzy lub aktualizuje kontakt w Omnisend, z tagiem według zgody marketingowej.',
  'templates.item.nps-to-sheet.name': 'Odpowiedzi NPS: zbieraj je w arkuszu',
  'templates.item.nps-to-sheet.description':
    'Każdy wynik Net Promoter Score zebrany przez Stamped.io trafia do Arkusza Google; krytycy dodatkowo wywołują alert na Slacku.',
  'templates.item.tier-up-to-klaviyo.name': 'Awans na wyższy poziom lojalnościowy: powiadom Klaviyo',
  'templates.item.tier-up-to-klaviyo.description':
    'Gdy LoyaltyLion przenosi klienta na wyższy poziom, rejestruje zdarzenie w Klaviyo, aby przepływ e-maili mógł mu pogratulować.',
  'templates.item.vip-orders.name': 'Duże opłacone zamówienia: tag VIP i powiadomienie zespołu',
  'templates.item.vip-orders.description': 'Gdy zostanie opłacone zamówienie powyżej 500, oznacza je tagiem VIP i publikuje na Slacku.',
  'templates.item.yotpo-bad-review-card.name': 'Zła recenzja w Yotpo: karta w Trello do dalszej obsługi',
  'templates.item.yotpo-bad-review-card.description':
    'Recenzja Yotpo z oceną 2 gwiazdki lub niższą staje się kartą na tablicy obsługi klienta.',
  // Lists (issue 14).
  'templates.item.presale-product-tags.name': 'Przedsprzedaż: tag dla produktu każdej pozycji zamówienia',
  'templates.item.presale-product-tags.description':
    'Gdy powstanie zamówienie, przechodzi przez jego pozycje: produkt każdej pozycji oznaczony tagiem presale dostaje tag presale-ordered, więc łatwo znaleźć zamówione produkty z przedsprzedaży.',
  // Workflow error occurred (issue 14)
  'templates.item.error-handler-to-slack.name': 'Obsługa błędów: powiadom Slack, gdy workflow zawiedzie',
  'templates.item.error-handler-to-slack.description':
    'Gdy przebieg innego workflow zakończy się błędem, publikuje na #flow-errors jego nazwę, krok, który zawiódł, i błąd, z linkiem do przebiegu. Flow wysyła to raz na wersję workflow w ciągu 30 dni.',
  // Run code
  'templates.item.loyalty-points-run-code.name': 'Punkty lojalnościowe obliczane w kroku „Uruchom kod”',
  'templates.item.loyalty-points-run-code.description':
    'Gdy zamówienie zostanie opłacone, krok „Uruchom kod” oblicza jego punkty lojalnościowe i poziom na podstawie wartości zamówienia; zamówienie, które zdobywa punkty, dostaje je w LoyaltyLion oraz tag z poziomem.',
  'templates.item.daily-unfulfilled-orders-email.name': 'Codzienny raport niezrealizowanych zamówień e-mailem',
  'templates.item.daily-unfulfilled-orders-email.description':
    'Codziennie o 8:00 wysyła zespołowi e-mailem listę otwartych zamówień sklepu, które nie zostały jeszcze zrealizowane.',
};

/** Polish wording of validation problems and of the reasons a workflow does not run. */
import type { MessagesOf } from '../catalog';
import type { problems as en } from '../en/problems';

export const problems: MessagesOf<typeof en> = {
  'problems.no-trigger': 'Ten przepływ nie ma wyzwalacza. Dodaj wyzwalacz: to on decyduje, kiedy przepływ się uruchamia.',
  'problems.unknown-app': 'Aplikacji „{app}” nie ma w katalogu. Zastąp ten krok krokiem dostępnej aplikacji.',
  'problems.unknown-trigger': '{app} nie ma (już) wyzwalacza „{trigger}”. Wybierz inny wyzwalacz.',
  'problems.unknown-action': '{app} nie ma (już) akcji „{action}”. Wybierz inną akcję.',
  'problems.app-not-installed':
    'Aplikacja {app} nie jest zainstalowana w żadnym sklepie. Zainstaluj ją w co najmniej jednym sklepie, aby używać jej konektora.',
  'problems.app-not-installed.no-stores':
    'Aplikacja {app} nie jest zainstalowana w żadnym sklepie. Dodaj sklep i zainstaluj w nim {app}, aby używać jej konektora.',
  'problems.unreachable-step':
    'Ten krok nie jest połączony z wyzwalaczem, więc nigdy się nie wykona. Połącz go z krokiem powyżej albo go usuń.',
  'problems.required-input-empty': 'Pole „{field}” jest wymagane. Wypełnij je.',
  'problems.invalid-value': 'Pole „{field}”: wartość {reason}.',
  'problems.unknown-input': '{action} nie ma (już) pola „{key}”: jego wartość jest pomijana.',
  'problems.liquid-syntax': 'Pole „{field}”: błąd w Liquid{where}: {reason}.',
  'problems.liquid-unknown-variable': 'Pole „{field}”: {{ {name} }} jest niedostępne.',
  'problems.liquid-unknown-variable.not-data':
    'Pole „{field}”: {{ {name} }} to nie są dane tego przepływu. Użyj danych: {roots}, np. {{ {example} }}.',
  'problems.liquid-unknown-variable.no-root': 'Pole „{field}”: {{ {name} }} nie ma wartości: wyzwalacz tego przepływu nie dostarcza danych „{root}”.',
  'problems.liquid-unknown-variable.whole': 'Pole „{field}”: {{ {name} }} to cały obiekt „{root}”: wybierz jedno z jego pól, np. {{ {example} }}.',
  'problems.liquid-unknown-variable.whole-no-example': 'Pole „{field}”: {{ {name} }} to cały obiekt „{root}”: wybierz jedno z jego pól.',
  'problems.liquid-unknown-variable.no-field': 'Pole „{field}”: {{ {name} }} jest niedostępne: obiekt „{root}” nie ma pola „{key}”.',
  'problems.liquid-unknown-variable.no-property': 'Pole „{field}”: {{ {name} }} jest niedostępne: {label} ({path}) nie ma „{property}”.',
  'problems.needs-data': '{action} potrzebuje danych, których wyzwalacz „{trigger}” nie dostarcza.',
  'problems.needs-data.order':
    '{action} potrzebuje zamówienia, ale wyzwalacz „{trigger}” go nie dostarcza. Użyj wyzwalacza, który dostarcza zamówienie.',
  'problems.needs-data.customer':
    '{action} potrzebuje klienta, ale wyzwalacz „{trigger}” go nie dostarcza. Użyj wyzwalacza, który dostarcza klienta.',
  'problems.needs-data.product':
    '{action} potrzebuje produktu, ale wyzwalacz „{trigger}” go nie dostarcza. Użyj wyzwalacza, który dostarcza produkt.',
  'problems.wrong-trigger': '{action} można użyć tylko w przepływie uruchamianym wyzwalaczem „{required}”, a nie „{trigger}”.',
  'problems.early-access': '{action} jest we wczesnym dostępie: {app} może tę akcję zmienić lub wycofać.',
  'problems.condition-empty': 'Ten warunek nie ma jeszcze kryteriów, więc zawsze wybiera ścieżkę „Wtedy”. Dodaj kryterium.',
  'problems.condition-unknown-field':
    'Ten warunek sprawdza {path}, ale wyzwalacz nie dostarcza danych „{root}”. Wybierz pole, które dostarcza wyzwalacz.',
  'problems.condition-unknown-field.no-field': 'Ten warunek sprawdza {path}, ale obiekt „{root}” nie ma pola „{key}”. Wybierz inne pole.',
  'problems.condition-bad-operator': 'Operatora „{operator}” nie można użyć z polem „{field}” ({path}). Wybierz jeden z: {allowed}.',
  'problems.condition-value-missing': 'To kryterium na polu „{field}” ({path}) potrzebuje wartości do porównania.',
  'problems.condition-value-missing.list': 'To kryterium na polu „{field}” ({path}) potrzebuje co najmniej jednej wartości do porównania.',
  'problems.condition-value-invalid': 'Pole „{field}” ({path}) jest porównywane z „{value}”, a wartość {reason}.',
  'problems.condition-value-invalid.not-a-list': 'To kryterium na polu „{field}” ({path}) porównuje z jedną wartością, nie z listą.',
  'problems.value.text': 'musi być tekstem',
  'problems.value.single-line': 'musi być jednym wierszem tekstu',
  'problems.value.whole-number': 'musi być liczbą całkowitą',
  'problems.value.number': 'musi być liczbą',
  'problems.value.boolean': 'musi mieć wartość true lub false',
  'problems.value.email': 'musi być adresem e-mail, np. imie@example.com',
  'problems.value.url': 'musi być adresem internetowym zaczynającym się od http:// lub https://',
  'problems.value.phone': 'musi być numerem telefonu w formacie E.164, np. +48123456789',
  'problems.value.reference': 'musi być identyfikatorem ({resource}), czyli dodatnią liczbą całkowitą',
  'problems.resource.customer': 'klient',
  'problems.resource.order': 'zamówienie',
  'problems.resource.product': 'produkt',
  'problems.liquid.where': ' (wiersz {line}, kolumna {column})',
  'problems.liquid.output-not-closed': 'w „{text}” brakuje zamykającego „}}”',
  'problems.liquid.end-without-start': '{% end{tag} %} nie ma otwierającego {% {tag} %}',
  'problems.liquid.unknown-tag': 'nie ma tagu Liquid „{tag}”',
  'problems.liquid.tag-not-closed': '{tag} nie jest zamknięty: dodaj tag końcowy',
  'problems.liquid.unknown-filter': 'nie ma filtra „{filter}”',
  'problems.liquid.other': '{reason}',
  'problems.reason.store-missing': 'Ten sklep nie należy już do organizacji.',
  'problems.reason.flow-not-installed': 'Aplikacja Flow nie jest zainstalowana w sklepie {store}.',
  'problems.reason.workflow-off': 'Przepływ „{workflow}” jest wyłączony.',
  'problems.reason.workflow-not-for-store': 'Przepływ „{workflow}” nie jest włączony dla sklepu {store}.',
  'problems.reason.workflow-off-in-store': 'Przepływ „{workflow}” jest wyłączony w sklepie {store}.',
  'problems.reason.app-unknown': 'Przepływ używa aplikacji, której nie ma w katalogu ({app}).',
  'problems.reason.app-not-installed-in-store': 'Aplikacja {app} nie jest zainstalowana w sklepie {store}.',
  'problems.reason.add-store-and-install': 'Dodaj sklep i zainstaluj w nim aplikację {app}, aby używać jej konektora.',
  'problems.reason.install-in-a-store': 'Zainstaluj aplikację {app} w co najmniej jednym sklepie, aby używać jej konektora.',
  'problems.reason.install-there-first': 'Aplikacja {app} nie jest zainstalowana w sklepie {store}: najpierw ją tam zainstaluj.',
  'problems.reason.auth-needs-flow':
    'Uwierzytelnianie aplikacji {app} można zmienić tylko ze sklepu, który ma własną kopię aplikacji Flow. Zainstaluj Flow w sklepie {store}, zaloguj się do niego i zmień je tam.',
  'problems.reason.no-trigger': 'Przepływ nie ma wyzwalacza.',
  'problems.reason.wrong-trigger': 'Przepływ zaczyna się od „{expected}”, a nie „{got}”.',
};

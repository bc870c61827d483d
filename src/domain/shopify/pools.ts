/**
 * The word pools the store data generator draws from: an outdoor shop's
 * catalogue (Polish product names, like the built-in samples), customers'
 * names, tags and notes. Invented data; any likeness to real people or
 * brands is accidental.
 */

/** One product of the pool: title, vendor, type, price, tags and variant titles. */
export interface PoolProduct {
  readonly title: string;
  readonly vendor: string;
  readonly type: string;
  readonly price: number;
  readonly tags: readonly string[];
  readonly variants: readonly string[];
}

const p = (title: string, vendor: string, type: string, price: number, tags: string[], variants: string[] = ['Default Title']): PoolProduct => ({
  title,
  vendor,
  type,
  price,
  tags,
  variants,
});

/** Products sold before they are in stock: tagged `presale` (the "presale orders" templates look for it). */
export const PRESALE_PRODUCTS: readonly PoolProduct[] = [
  p('Namiot Babia Góra 2P', 'Górska Pracownia', 'Namioty', 899, ['presale', 'camping'], ['Zielony', 'Piaskowy']),
  p('Kurtka puchowa Śnieżka', 'Halny Outdoor', 'Kurtki', 649, ['presale', 'zima'], ['S', 'M', 'L']),
  p('Kijki trekkingowe Karkonosze Carbon', 'Szlak', 'Kijki', 329, ['presale', 'trekking']),
  p('Śpiwór Mięguszowiecki -10°C', 'Górska Pracownia', 'Śpiwory', 559, ['presale', 'camping'], ['Lewy zamek', 'Prawy zamek']),
  p('Buty Rysy GTX', 'Szlak', 'Obuwie', 749, ['presale', 'trekking'], ['41', '42', '43', '44']),
];

/** Products in stock. */
export const REGULAR_PRODUCTS: readonly PoolProduct[] = [
  p('Bidon stalowy 0,75 l', 'Halny Outdoor', 'Akcesoria', 59.99, ['outdoor'], ['Srebrny', 'Czarny']),
  p('Kubek tytanowy 450 ml', 'Szlak', 'Akcesoria', 119, ['camping']),
  p('Czapka merino Giewont', 'Górska Pracownia', 'Odzież', 89, ['zima', 'merino'], ['Szara', 'Granatowa']),
  p('Rękawiczki softshell', 'Halny Outdoor', 'Odzież', 79, ['zima'], ['S/M', 'L/XL']),
  p('Mapa Tatry 1:25 000', 'Wydawnictwo Przełęcz', 'Mapy', 29.9, ['trekking']),
  p('Plecak Beskid 35 l', 'Górska Pracownia', 'Plecaki', 389, ['outdoor', 'bestseller'], ['Czerwony', 'Grafitowy']),
  p('Karimata samopompująca', 'Szlak', 'Camping', 249, ['camping']),
  p('Kuchenka gazowa Mini', 'Halny Outdoor', 'Camping', 139, ['camping', 'bestseller']),
  p('Koszulka termoaktywna', 'Górska Pracownia', 'Odzież', 99, ['merino'], ['S', 'M', 'L', 'XL']),
  p('Apteczka turystyczna', 'Szlak', 'Akcesoria', 69, ['outdoor']),
  p('Stuptuty wodoodporne', 'Halny Outdoor', 'Akcesoria', 109, ['zima', 'trekking'], ['M', 'L']),
  p('Latarka kempingowa USB', 'Halny Outdoor', 'Latarki', 74.5, ['camping']),
  p('Skarpety trekkingowe 2-pak', 'Górska Pracownia', 'Odzież', 49, ['trekking', 'merino'], ['39-42', '43-46']),
  p('Pokrowiec przeciwdeszczowy na plecak', 'Szlak', 'Akcesoria', 45, ['outdoor'], ['M', 'L']),
  p('Kompas Orient', 'Wydawnictwo Przełęcz', 'Akcesoria', 89, ['trekking']),
  p('Hamak Bieszczady', 'Szlak', 'Camping', 179, ['camping'], ['Oliwkowy', 'Niebieski']),
  p('Polar Pieniny', 'Górska Pracownia', 'Odzież', 199, ['zima'], ['S', 'M', 'L']),
  p('Okulary lodowcowe', 'Halny Outdoor', 'Akcesoria', 259, ['zima']),
  p('Termos 1 l', 'Szlak', 'Akcesoria', 129, ['zima', 'bestseller'], ['Czarny', 'Oliwkowy']),
];

export const FEMALE_NAMES = ['Anna', 'Maria', 'Katarzyna', 'Małgorzata', 'Agnieszka', 'Barbara', 'Ewa', 'Zofia', 'Julia', 'Magdalena', 'Natalia', 'Hanna', 'Emily', 'Lena'] as const;
export const MALE_NAMES = ['Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Michał', 'Jakub', 'Marek', 'Łukasz', 'Jan', 'Wojciech', 'Adam', 'Bartosz', 'Jonas', 'David'] as const;
/** Surnames in their masculine form; `-ski`/`-cki` become `-ska`/`-cka` for women. */
export const SURNAMES = ['Nowak', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Mazur', 'Jankowski', 'Krawczyk', 'Piotrowski', 'Grabowski', 'Zając', 'Pawłowski', 'Michalski', 'Król', 'Wieczorek', 'Jabłoński', 'Nowicki', 'Majewski'] as const;

/** The surname as a woman's: Kowalski → Kowalska, Nowicki → Nowicka; others unchanged. */
export function feminine(surname: string): string {
  return surname.replace(/ski$/, 'ska').replace(/cki$/, 'cka').replace(/dzki$/, 'dzka');
}

/** Countries of customers (two-letter codes), Poland most often. */
export const COUNTRIES = ['PL', 'PL', 'PL', 'PL', 'PL', 'PL', 'DE', 'CZ', 'SK', 'GB'] as const;

export const CUSTOMER_TAGS = ['newsletter', 'vip', 'wholesale', 'returning', 'b2b'] as const;
export const CUSTOMER_NOTES = ['Woli kontakt mailowy.', 'Klient hurtowy: faktura VAT.', 'Prosi o dostawę do paczkomatu.'] as const;
export const ORDER_NOTES = ['Proszę o zapakowanie na prezent.', 'Dostawa po 16:00.', 'Faktura na firmę.', 'Proszę dołączyć katalog.'] as const;
export const GIFT_MESSAGES = ['Wszystkiego najlepszego!', 'Na szlak!', 'Dla najlepszego taty.'] as const;

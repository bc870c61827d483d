/**
 * Message formatting for the UI's two languages. A message is a string with
 * `{name}` placeholders, or a set of plural forms chosen by the platform's
 * Intl.PluralRules (Polish needs one / few / many, English one / other).
 * Written here rather than pulled from a library: the catalogs are typed
 * TypeScript objects (a missing key fails the type check), and the whole
 * formatter is a few lines over Intl, which every supported browser has.
 */

export type Language = 'en' | 'pl';
export const LANGUAGES: readonly Language[] = ['en', 'pl'];

/** Plural forms; `other` is always required, the rest as the language needs them. */
export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type Message = string | PluralMessage;
export type Params = Readonly<Record<string, string | number>>;

const pluralRules = new Map<Language, Intl.PluralRules>();
function rulesFor(language: Language): Intl.PluralRules {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules;
}

const numberFormats = new Map<Language, Intl.NumberFormat>();
function formatNumber(language: Language, value: number): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language === 'pl' ? 'pl-PL' : 'en-US');
    numberFormats.set(language, format);
  }
  return format.format(value);
}

/**
 * Formats one message. A plural message needs a numeric `count` param; the
 * form is picked by the language's plural rules (`other` when a form is absent).
 * Numbers are written the language's way (1,000 vs 1 000). A placeholder
 * without a param is left visible as `{name}` so a mistake shows instead of
 * silently vanishing (the catalog test also checks placeholders).
 */
export function formatMessage(language: Language, message: Message, params: Params = {}): string {
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = params.count;
    const n = typeof count === 'number' ? count : Number(count);
    const form = Number.isFinite(n) ? rulesFor(language).select(n) : 'other';
    text = (n === 0 && message.zero) || message[form as keyof PluralMessage] || message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    // Own values only: a placeholder like {constructor} must not print Object.prototype's.
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(language, value) : value;
  });
}

/** The placeholders a message uses, across all its plural forms (sorted, unique). */
export function placeholdersOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message).filter((v): v is string => typeof v === 'string');
  const names = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(/\{(\w+)\}/g)) names.add(m[1]!);
  return [...names].sort();
}

/** The language a browser asks for first among ours; English when none matches. */
export function pickBrowserLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'pl' || base === 'en') return base;
  }
  return 'en';
}

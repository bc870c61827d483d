/**
 * Which names are IANA time zones, and the formatter every wall-clock
 * conversion of zones.ts uses. Apart from zones.ts so that the organization's
 * schema (the first page's) checks a store's zone without the conversions.
 */

/** What a zone name may look like: IANA names ("Europe/Warsaw", "UTC", "Etc/GMT+1"), never a bare offset. */
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The formatter of a zone's wall-clock parts (one per zone, kept). Throws for a name that is not a zone. */
export function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * True when `name` is an IANA time zone this runtime knows ("Europe/Warsaw",
 * "UTC", also links such as "US/Eastern"). Offsets ("+01:00") and unknown
 * names are not zones.
 */
export function isTimeZone(name: string): boolean {
  if (name.length > 64 || !IANA_NAME.test(name)) return false;
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

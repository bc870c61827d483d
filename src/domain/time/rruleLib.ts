/**
 * The `rrule` package, imported once for every way Flowbench's code runs.
 * rrule ships CommonJS as `main` and ES modules as `module`, without an
 * `exports` map: bundlers (Vite, Vitest) see its named exports, while Node's
 * loader (Vite's module runner in `npm run simulate`) sees only the CommonJS
 * `default`. Taking the classes from whichever shape arrived keeps the rest
 * of the code on plain named imports.
 */
import * as rruleModule from 'rrule';

type RRuleModule = typeof rruleModule;
const loaded: RRuleModule = 'RRule' in rruleModule && rruleModule.RRule ? rruleModule : (rruleModule as unknown as { default: RRuleModule }).default;

export const RRule = loaded.RRule;
export type RRule = rruleModule.RRule;
export const Weekday = loaded.Weekday;
export type { Options } from 'rrule';

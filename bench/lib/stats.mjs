/**
 * Small statistics and the report: medians of rounds, percentiles of frame
 * times, the stdout table and the JSON file.
 */
import { writeFileSync } from 'node:fs';

/** The median of a non-empty list of numbers. */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The p-th percentile (0–100), nearest rank. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/**
 * Runs `ours` and `baseline` alternately: `warmup` unrecorded rounds, then
 * `rounds` recorded ones; the side that goes first alternates per round so
 * neither always runs on a warmer (or more fragmented) process.
 * Each function returns a number or an object of named numbers (several
 * measures from one run); the result holds the list of values per measure.
 */
export async function alternate({ ours, baseline, rounds, warmup = 1, label = '', log = () => {} }) {
  const samples = { ours: [], baseline: [] };
  for (let r = 0; r < warmup + rounds; r++) {
    const order = r % 2 === 0 ? ['ours', 'baseline'] : ['baseline', 'ours'];
    for (const side of order) {
      const value = await (side === 'ours' ? ours : baseline)(r < warmup);
      if (r >= warmup) samples[side].push(value);
      log(`${label} ${r < warmup ? 'warm-up' : `round ${r - warmup + 1}/${rounds}`} ${side}: ${describe(value)}`);
    }
  }
  return samples;
}

function describe(value) {
  if (typeof value === 'number') return value.toFixed(1);
  return Object.entries(value)
    .map(([k, v]) => `${k}=${typeof v === 'number' ? v.toFixed(1) : v}`)
    .join(' ');
}

/** One result row: medians of both sides, the ratio ours/baseline and the goal (null: a figure to report, no goal). */
export function row(name, oursValues, baselineValues, unit, goal, extra = {}) {
  const ours = median(oursValues);
  const baseline = median(baselineValues);
  return { name, ours: round(ours), baseline: round(baseline), unit, ratio: round(ours / baseline, 3), goal, ...extra };
}

function round(value, digits = 2) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * Whether a row meets its goal: by default the ratio ours/baseline is at most
 * `goal`; a row with `goalKind: 'absolute'` needs ours itself at most `goal`
 * (in its unit), the baseline being printed for comparison only. A row whose
 * goal is null reports a figure with no goal, and misses nothing.
 */
export function met(r) {
  if (r.goal === null) return true;
  return r.goalKind === 'absolute' ? r.ours <= r.goal : r.ratio <= r.goal;
}

/** The readable table for stdout. */
export function table(rows) {
  const head = ['name', 'ours', 'baseline', 'unit', 'ratio', 'goal', 'met?'];
  const lines = rows.map((r) => [
    r.name,
    String(r.ours),
    String(r.baseline),
    r.unit,
    Number.isFinite(r.ratio) ? r.ratio.toFixed(2) : String(r.ratio),
    r.goal === null ? '—' : r.goalKind === 'absolute' ? `≤ ${r.goal} ${r.unit}` : `≤ ${r.goal}`,
    r.goal === null ? 'n/a' : met(r) ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells) => cells.map((c, i) => (i === 0 || i === 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ');
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...lines.map(fmt)].join('\n');
}

/** Writes the JSON array of { name, ours, baseline, unit, ratio } (plus goal and notes). */
export function writeJson(file, rows) {
  writeFileSync(file, `${JSON.stringify(rows, null, 2)}\n`);
}

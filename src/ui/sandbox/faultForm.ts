/**
 * The fault settings as the Sandbox page offers them: a label per mode, the
 * config a newly chosen mode starts with, and which number settings each
 * mode has (shown as percent and seconds, stored as 0–1 and milliseconds).
 */
import type { FaultConfig } from '../../state/runtime';
import { type Language, translateIn } from '../i18n';

export type FaultModeId = FaultConfig['mode'];

export const FAULT_MODES: { mode: FaultModeId; label: string }[] = [
  { mode: 'none', label: 'No fault' },
  { mode: 'always', label: 'Always fail' },
  { mode: 'transient', label: 'Fails then recovers' },
  { mode: 'timeout', label: 'Times out' },
  { mode: 'slow', label: 'Slow' },
  { mode: 'rate', label: 'Random failures' },
];

/** The config a mode starts with when picked: the engine's defaults, written out so the inputs show them. */
export function defaultConfig(mode: FaultModeId): FaultConfig | undefined {
  switch (mode) {
    case 'none':
      return undefined;
    case 'always':
      return { mode, status: 500 };
    case 'transient':
      return { mode, failures: 1, status: 503 };
    case 'timeout':
      return { mode, failures: 1 };
    case 'slow':
      return { mode, latencyMs: 3000 };
    case 'rate':
      return { mode, rate: 0.5, status: 503 };
  }
}

export interface NumberSetting {
  key: 'status' | 'rate' | 'failures' | 'latencyMs';
  /** "HTTP status", completed with " for <App>" as the input's name. */
  label: string;
  unit?: string;
  min: number;
  max: number;
  /** Config value → what the input shows, and back. */
  show: (v: number) => number;
  store: (v: number) => number;
  fallback: number;
}

const STATUS: NumberSetting = { key: 'status', label: 'HTTP status', min: 400, max: 599, show: (v) => v, store: (v) => v, fallback: 500 };
const FAILURES: NumberSetting = { key: 'failures', label: 'Failures before recovery', min: 1, max: 100, show: (v) => v, store: (v) => v, fallback: 1 };

/** The number settings of a mode, in display order. */
export function settingsOf(mode: FaultModeId): NumberSetting[] {
  switch (mode) {
    case 'none':
      return [];
    case 'always':
      return [STATUS];
    case 'transient':
      return [FAILURES, { ...STATUS, fallback: 503 }];
    case 'timeout':
      return [{ ...FAILURES, label: 'Timeouts before recovery' }];
    case 'slow':
      return [
        { key: 'latencyMs', label: 'Delay', unit: 's', min: 0, max: 3600, show: (v) => v / 1000, store: (v) => Math.round(v * 1000), fallback: 3000 },
      ];
    case 'rate':
      return [
        { key: 'rate', label: 'Failure rate', unit: '%', min: 0, max: 100, show: (v) => Math.round(v * 1000) / 10, store: (v) => v / 100, fallback: 0.5 },
        { ...STATUS, fallback: 503 },
      ];
  }
}

/** Parses what the user typed for a setting: the value to store, or undefined when out of range or not a number. */
export function parseSetting(setting: NumberSetting, text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n < setting.min || n > setting.max) return undefined;
  if ((setting.key === 'status' || setting.key === 'failures') && !Number.isInteger(n)) return undefined;
  return setting.store(n);
}

/** What a fault does, in one sentence for the table (in the UI language). */
export function describeFault(config: FaultConfig | undefined, language: Language = 'en'): string {
  const c = config ?? { mode: 'none' };
  const t = (key: Parameters<typeof translateIn>[1], params?: Parameters<typeof translateIn>[2]) => translateIn(language, key, params);
  // Status codes are written as they are ("1000" never occurs; no digit grouping wanted).
  const status = String(c.status ?? (c.mode === 'always' ? 500 : 503));
  const code = Number(status);
  const retried = code === 408 || code === 429 || code >= 500;
  switch (c.mode) {
    case 'none':
      return t('sandbox.fault.none');
    case 'always':
      return t(retried ? 'sandbox.fault.alwaysRetried' : 'sandbox.fault.alwaysNotRetried', { status });
    case 'transient':
      return t('sandbox.fault.transient', { count: c.failures ?? 1, status });
    case 'timeout':
      return t('sandbox.fault.timeout', { count: c.failures ?? 1 });
    case 'slow':
      return t('sandbox.fault.slow', { seconds: (c.latencyMs ?? 3000) / 1000 });
    case 'rate':
      return t('sandbox.fault.rate', { status, percent: Math.round((c.rate ?? 0.5) * 100) });
  }
}

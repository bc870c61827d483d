import { describe, expect, it } from 'vitest';
import { FAULT_MODES, defaultConfig, describeFault, parseSetting, settingsOf } from './faultForm';

describe('fault form', () => {
  it('starts every mode with its own mode and settings within their ranges (none clears the fault)', () => {
    for (const { mode } of FAULT_MODES) {
      const config = defaultConfig(mode);
      if (mode === 'none') {
        expect(config).toBeUndefined();
        continue;
      }
      expect(config?.mode).toBe(mode);
      for (const setting of settingsOf(mode)) {
        const shown = setting.show(config?.[setting.key] ?? setting.fallback);
        expect(shown).toBeGreaterThanOrEqual(setting.min);
        expect(shown).toBeLessThanOrEqual(setting.max);
      }
    }
  });

  it('shows a failure rate as percent and stores it as a probability', () => {
    const rate = settingsOf('rate').find((s) => s.key === 'rate')!;
    expect(rate.show(0.25)).toBe(25);
    expect(parseSetting(rate, '25')).toBe(0.25);
    expect(parseSetting(rate, '101')).toBeUndefined();
    expect(parseSetting(rate, '')).toBeUndefined();
  });

  it('shows a delay in seconds and stores milliseconds', () => {
    const delay = settingsOf('slow')[0]!;
    expect(parseSetting(delay, '1.5')).toBe(1500);
  });

  it('refuses statuses outside 400–599 and fractional ones', () => {
    const status = settingsOf('always')[0]!;
    expect(parseSetting(status, '429')).toBe(429);
    expect(parseSetting(status, '200')).toBeUndefined();
    expect(parseSetting(status, '500.5')).toBeUndefined();
  });

  it('says whether an always-failing status is retried', () => {
    expect(describeFault({ mode: 'always', status: 503 })).toContain('retries');
    expect(describeFault({ mode: 'always', status: 404 })).toContain('not retried');
  });
});

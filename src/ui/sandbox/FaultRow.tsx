/**
 * One app's injected fault in one store: the mode, and the numbers that
 * mode takes (status, rate, failures, delay). Each valid change is saved at
 * once; a value out of range is shown as invalid and not saved.
 */
import { useState } from 'react';
import type { AppManifest } from '../../domain/catalog/manifest';
import { type FaultConfig, setFault } from '../../state/runtime';
import { FAULT_MODES, type FaultModeId, type NumberSetting, defaultConfig, describeFault, parseSetting, settingsOf } from './faultForm';
import { useLanguage, useLocalized, useT } from '../i18n';

interface Props {
  app: AppManifest;
  storeId: string;
  config: FaultConfig | undefined;
  run: (action: () => Promise<unknown>) => Promise<boolean>;
}

export function FaultRow({ app, storeId, config, run }: Props) {
  const mode = config?.mode ?? 'none';
  const t = useT();
  const language = useLanguage();
  const localized = useLocalized();
  const name = localized(app.name);
  return (
    <tr className={mode === 'none' ? undefined : 'faults__active'}>
      <th scope="row">{name}</th>
      <td>
        <select
          aria-label={t('sandbox.faultFor', { app: name })}
          value={mode}
          onChange={(e) => void run(() => setFault(storeId, app.id, defaultConfig(e.target.value as FaultModeId)))}
        >
          {FAULT_MODES.map((m) => (
            <option key={m.mode} value={m.mode}>
              {t(`sandbox.mode.${m.mode}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <div className="row">
          {config &&
            settingsOf(config.mode).map((setting) => (
              // Keyed by mode: a newly picked mode starts from its own values.
              <SettingInput key={`${config.mode}-${setting.key}`} setting={setting} appName={name} config={config} onSave={(next) => void run(() => setFault(storeId, app.id, next))} />
            ))}
        </div>
        <div className="muted small">{describeFault(config, language)}</div>
      </td>
    </tr>
  );
}

function SettingInput({
  setting,
  appName,
  config,
  onSave,
}: {
  setting: NumberSetting;
  appName: string;
  config: FaultConfig;
  onSave: (next: FaultConfig) => void;
}) {
  const [text, setText] = useState(() => String(setting.show(config[setting.key] ?? setting.fallback)));
  const valid = parseSetting(setting, text) !== undefined;
  const t = useT();
  const label = t(`sandbox.setting.${setting.key === 'failures' && config.mode === 'timeout' ? 'failuresTimeout' : setting.key}`);
  return (
    <label className="faults__setting">
      <span aria-hidden="true">
        {label}
        {setting.unit ? ` (${setting.unit})` : ''}
      </span>
      <input
        type="number"
        aria-label={t('sandbox.settingFor', { setting: label, app: appName })}
        min={setting.min}
        max={setting.max}
        step={setting.key === 'latencyMs' ? 0.1 : 1}
        value={text}
        aria-invalid={!valid}
        onChange={(e) => {
          setText(e.target.value);
          const value = parseSetting(setting, e.target.value);
          if (value !== undefined) onSave({ ...config, [setting.key]: value });
        }}
      />
      {!valid && (
        <span className="error-text small">
          {setting.min}–{setting.max}
          {setting.unit ? ` ${setting.unit}` : ''}
        </span>
      )}
    </label>
  );
}

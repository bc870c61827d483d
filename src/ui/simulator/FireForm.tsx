/**
 * Fires a trigger in chosen stores: app and trigger, the stores, and the
 * payload as JSON, prefilled with the trigger's sample and checked against
 * its fields as you type. After firing it says how the runs went, with a
 * link to each. Bulk firing of the same trigger sits below.
 */
import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { findApp } from '../../domain/catalog/catalog';
import type { Organization } from '../../domain/org/organization';
import { useCatalog } from '../../state/customApps';
import { type RunRecord, fireTrigger, samplePayload, validatePayload } from '../../state/runtime';
import { useAsyncAction } from '../common/useAsyncAction';
import { formatTime, runSummary } from '../runs/format';
import { RunStatusBadge } from '../runs/RunStatusBadge';
import { BulkFire } from './BulkFire';
import { firedLine } from './runCounts';
import { StorePicker } from './StorePicker';
import { triggerApps } from './triggerApps';
import { useLanguage, useLocalized, useT } from '../i18n';
import { ErrorAlert } from '../common/ErrorAlert';

const sampleText = (app: string, trigger: string) => JSON.stringify(samplePayload(app, trigger), null, 2);

interface Fired {
  storeCount: number;
  runs: RunRecord[];
}

export function FireForm({ org }: { org: Organization | undefined }) {
  const catalog = useCatalog(); // custom apps imported or removed (in any tab) join or leave the list
  const apps = useMemo(() => triggerApps(org, catalog), [org, catalog]);
  const [appId, setAppId] = useState('shopify');
  const app = findApp(catalog, appId);
  const [triggerId, setTriggerId] = useState(() => app?.triggers[0]?.id ?? '');
  const [payload, setPayload] = useState(() => sampleText(appId, triggerId));
  // Undefined until the user picks: every store by default, including stores added later.
  const [picked, setPicked] = useState<ReadonlySet<string>>();
  const stores = org?.stores ?? [];
  const selected = picked ?? new Set(stores.map((s) => s.id));
  const storeIds = stores.filter((s) => selected.has(s.id)).map((s) => s.id);
  const [fired, setFired] = useState<Fired>();
  const [busy, setBusy] = useState(false);
  const { error, run } = useAsyncAction();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const problemsId = useId();
  const t = useT();
  const language = useLanguage();
  const localized = useLocalized();

  const deferred = useDeferredValue(payload);
  const check = useMemo(() => validatePayload(appId, triggerId, deferred), [appId, triggerId, deferred]);

  const chooseTrigger = (app: string, trigger: string) => {
    setAppId(app);
    setTriggerId(trigger);
    setPayload(sampleText(app, trigger));
  };

  const fire = () => {
    // Validate what is in the box now, not the deferred copy.
    const now = validatePayload(appId, triggerId, payload);
    if (!now.ok) {
      textarea.current?.focus();
      return;
    }
    setBusy(true);
    setFired(undefined);
    void run(async () => {
      try {
        if (storeIds.length === 0) throw new Error(t('simulator.fire.noStore'));
        const runs = await fireTrigger({ app: appId, trigger: triggerId, payload: now.payload, storeIds });
        setFired({ storeCount: storeIds.length, runs });
      } finally {
        setBusy(false);
      }
    });
  };

  const storeName = (id: string) => stores.find((s) => s.id === id)?.name ?? id;
  const problems = check.ok ? [] : check.problems;

  return (
    <div className="simulator__fire">
      <form
        aria-label={t('simulator.fire.label')}
        onSubmit={(e) => {
          e.preventDefault();
          fire();
        }}
      >
        <div className="row">
          <label>
            {t('simulator.fire.app')}{' '}
            <select
              value={appId}
              onChange={(e) => chooseTrigger(e.target.value, findApp(catalog, e.target.value)?.triggers[0]?.id ?? '')}
            >
              <optgroup label={t('palette.installed')}>
                {apps.installed.map((a) => (
                  <option key={a.id} value={a.id}>
                    {localized(a.name)}
                  </option>
                ))}
              </optgroup>
              {apps.notInstalled.length > 0 && (
                <optgroup label={t('palette.notInstalled')}>
                  {apps.notInstalled.map((a) => (
                    <option key={a.id} value={a.id}>
                      {localized(a.name)}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          </label>
          <label>
            {t('simulator.fire.trigger')}{' '}
            <select value={triggerId} onChange={(e) => chooseTrigger(appId, e.target.value)}>
              {app?.triggers.map((def) => (
                <option key={def.id} value={def.id}>
                  {localized(def.name)}
                  {def.schedule ? ` ${t('simulator.fire.scheduled')}` : ''}
                </option>
              ))}
            </select>
          </label>
        </div>
        <StorePicker stores={stores} selected={selected} onChange={setPicked} />
        <label className="form-field">
          {t('simulator.fire.payload')}
          <textarea
            ref={textarea}
            className="simulator__payload"
            rows={8}
            spellCheck={false}
            value={payload}
            onChange={(e) => setPayload(e.target.value)}
            aria-invalid={problems.length > 0}
            aria-describedby={problems.length > 0 ? problemsId : undefined}
          />
        </label>
        <div aria-live="polite">
          {problems.length > 0 && (
            <ul id={problemsId} className="error-text simulator__problems" aria-label={t('simulator.fire.payloadProblems')}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            {t('simulator.fire.submit')}
          </button>
          <button type="button" onClick={() => setPayload(sampleText(appId, triggerId))}>
            {t('simulator.fire.reset')}
          </button>
        </div>
      </form>
      <ErrorAlert error={error} />
      <div aria-live="polite">
        {fired && (
          <div className="simulator__fired">
            <p>{firedLine(fired.storeCount, fired.runs, language)}</p>
            {fired.runs.length > 0 && (
              <ul aria-label={t('simulator.fire.runsStarted')}>
                {fired.runs.map((r) => (
                  <li key={r.id}>
                    <Link href={`/runs/${r.id}`}>
                      {t('simulator.fire.runIn', { workflow: r.workflowName, store: storeName(r.storeId) })}
                    </Link>{' '}
                    <RunStatusBadge status={r.status} /> <span className="muted">{runSummary(r, language)}</span>
                    {r.steps.length > 0 && (
                      <>
                        {' '}
                        <Link href={`/runs/${r.id}/canvas`} aria-label={t('runCanvas.showOf', { workflow: r.workflowName, store: storeName(r.storeId), time: formatTime(r.startedAt, language) })}>
                          {t('runCanvas.show')}
                        </Link>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <BulkFire app={appId} trigger={triggerId} storeIds={storeIds} />
    </div>
  );
}

/**
 * Sets an app up in one store: the fields its manifest asks for (account,
 * plan, store information). Secrets are masked and never shown back: an
 * empty secret input keeps the stored value.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { AppManifest } from '../../domain/catalog/manifest';
import type { Installation, Organization, Store } from '../../domain/org/organization';
import { ownValue } from '../../domain/ownKeys';
import { canChangeAuthentication } from '../../domain/org/changeRules';
import { RefusedChange, orgCommands } from '../../state/org';
import { useLocalized, useT } from '../i18n';
import { ErrorAlert } from '../common/ErrorAlert';

interface Props {
  app: AppManifest;
  store: Store;
  installation: Installation | undefined;
  org: Organization;
  onClose: () => void;
}

export function AppSetupDialog({ app, store, installation, org, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  // Keyed by setup field keys, which may be named like Object.prototype's members (toString...): read own values only.
  const [values, setValues] = useState<Record<string, string>>(() => ({ ...installation?.settings }));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const verdict = canChangeAuthentication(org, app, store.id);
  const t = useT();
  const localize = useLocalized();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await orgCommands.saveAppSetup(store.id, app.id, values);
      onClose();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setProblems(err instanceof RefusedChange ? Object.fromEntries(err.problems.map((p) => [p.field, p.message])) : {});
    }
  };

  const needs = [
    app.setup.account && t('org.setup.needsAccount'),
    app.setup.paidPlan && t('org.setup.needsPlan'),
    app.setup.storeInfo && t('org.setup.needsStoreInfo'),
  ].filter(Boolean);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="setup-title" onCancel={onClose}>
      <h2 id="setup-title">
        {t('org.setup.title', { app: localize(app.name), store: store.name })}
      </h2>
      {needs.length > 0 && <p className="muted">{t('org.setup.needs', { needs: needs.join(', ') })}</p>}
      {!verdict.ok ? (
        <p role="alert" className="error-text">
          {verdict.reasons.join(' ')}
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          {app.setup.fields.map((field) => {
            const id = `setup-${field.key}`;
            const problem = ownValue(problems, field.key);
            const stored = field.kind === 'secret' && installation?.secretsSet.includes(field.key);
            return (
              <div className="form-field" key={field.key}>
                <label htmlFor={id}>
                  {localize(field.label)}
                  {field.required && <span aria-hidden="true"> *</span>}
                </label>
                {field.kind === 'select' ? (
                  <select
                    id={id}
                    value={ownValue(values, field.key) ?? ''}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={problem ? `${id}-problem` : undefined}
                    onChange={(e) => setValues({ ...values, [field.key]: e.target.value })}
                  >
                    <option value="">{t('org.setup.choose')}</option>
                    {field.options?.map((o) => (
                      <option key={o.value} value={o.value}>
                        {localize(o.label)}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    id={id}
                    type={field.kind === 'secret' ? 'password' : field.kind === 'email' ? 'email' : field.kind === 'url' ? 'url' : 'text'}
                    autoComplete={field.kind === 'secret' ? 'new-password' : 'off'}
                    placeholder={stored ? t('org.setup.stored') : undefined}
                    value={ownValue(values, field.key) ?? ''}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={problem ? `${id}-problem` : undefined}
                    onChange={(e) => setValues({ ...values, [field.key]: e.target.value })}
                  />
                )}
                {problem && (
                  <span id={`${id}-problem`} className="error-text">
                    {problem}
                  </span>
                )}
              </div>
            );
          })}
          <ErrorAlert error={error} />
          <div className="row dialog__actions">
            <button type="button" onClick={onClose}>
              {t('app.cancel')}
            </button>
            <button type="submit" className="primary">
              {t('org.setup.save')}
            </button>
          </div>
        </form>
      )}
      {!verdict.ok && (
        <div className="row dialog__actions">
          <button type="button" onClick={onClose}>
            {t('app.close')}
          </button>
        </div>
      )}
    </dialog>
  );
}

/** The explicit switch from simulated to real requests for the built-in Send HTTP request action. */
import { setLiveHttp, useLiveHttp } from '../../state/runtime';
import { useAsyncAction } from '../common/useAsyncAction';
import { useT } from '../i18n';
import { ErrorAlert } from '../common/ErrorAlert';

export function LiveHttpSwitch() {
  const live = useLiveHttp();
  const { error, run } = useAsyncAction();
  const t = useT();
  return (
    <section aria-labelledby="http-title" className="card">
      <h2 id="http-title">{t('sandbox.http')}</h2>
      <label className="row nowrap">
        <input type="checkbox" checked={live} onChange={(e) => void run(() => setLiveHttp(e.target.checked))} aria-describedby="http-warning" />
        {t('sandbox.http.switch')}
      </label>
      <p id="http-warning" className={live ? 'warning-text' : 'muted'}>
        {t(live ? 'sandbox.http.on' : 'sandbox.http.off')} {t('sandbox.http.warning')}
      </p>
      <ErrorAlert error={error} />
    </section>
  );
}

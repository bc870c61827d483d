/** The explicit switch from simulated to real requests for the built-in Send HTTP request action. */
import { setLiveHttp, useLiveHttp } from '../../state/runtime';
import { useAsyncAction } from '../common/useAsyncAction';

export function LiveHttpSwitch() {
  const live = useLiveHttp();
  const { error, run } = useAsyncAction();
  return (
    <section aria-labelledby="http-title" className="card">
      <h2 id="http-title">HTTP requests</h2>
      <label className="row nowrap">
        <input type="checkbox" checked={live} onChange={(e) => void run(() => setLiveHttp(e.target.checked))} aria-describedby="http-warning" />
        Send real HTTP requests (Send HTTP request action)
      </label>
      <p id="http-warning" className={live ? 'warning-text' : 'muted'}>
        {live ? 'On: ' : 'Off: requests are simulated and recorded in the sandbox. '}
        When on, every run of the Send HTTP request action really sends the request from this browser to its URL, in
        all stores: it can change data on other systems, and the target must allow cross-origin requests.
      </p>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}

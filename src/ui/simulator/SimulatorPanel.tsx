/**
 * The simulator, shown on the Runs and Sandbox pages: the simulated clock
 * and the forms that fire triggers, one at a time or in bulk.
 */
import { useId } from 'react';
import { useOrganization } from '../../state/org';
import { ClockControls } from './ClockControls';
import { FireForm } from './FireForm';
import './simulator.css';
import { useT } from '../i18n';

export function SimulatorPanel({ defaultOpen = true }: { defaultOpen?: boolean }) {
  const org = useOrganization();
  const titleId = useId();
  const t = useT();
  return (
    <details className="card simulator" open={defaultOpen} aria-labelledby={titleId}>
      <summary id={titleId}>{t('simulator.title')}</summary>
      <ClockControls />
      <FireForm org={org} />
    </details>
  );
}

/**
 * The storage banner's place in the shell: nothing while storage is well and
 * the open workflow saved; on a storage failure or a failed save, the banner
 * (StorageBannerView.tsx), whose code and messages (the `storageBanner` area) load
 * only then.
 */
import { Suspense } from 'react';
import { useActiveSaveState } from '../state/editor/activeSession';
import { useStorageHealth } from '../state/storageHealth';
import { lazyWithMessages } from './i18n/lazyWithMessages';

const StorageBannerView = lazyWithMessages(['storageBanner'], () => import('./StorageBannerView').then((m) => m.StorageBannerView));

export function StorageBanner() {
  const problem = useStorageHealth((s) => s.problem);
  const saveStatus = useActiveSaveState((s) => s.status);
  if (!problem && saveStatus !== 'failed') return null;
  return (
    <Suspense fallback={null}>
      <StorageBannerView />
    </Suspense>
  );
}

/** The "Custom" badge next to an app the user imported; nothing for a built-in app. Re-renders on catalog changes. */
import { isCustomApp } from '../../domain/catalog/catalog';
import { useCatalog } from '../../state/customApps';
import { useT } from '../i18n';

export function CustomBadge({ appId }: { appId: string }) {
  const t = useT();
  const catalog = useCatalog();
  if (!isCustomApp(catalog, appId)) return null;
  return <span className="badge badge--custom">{t('customApps.badge')}</span>;
}

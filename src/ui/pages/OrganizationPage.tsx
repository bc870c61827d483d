/** Stores of the organization and the apps installed in each. */
import { useOrganization } from '../../state/org';
import { AppsMatrix } from '../org/AppsMatrix';
import { CustomApps } from '../org/CustomApps';
import { ResetDemo } from '../org/ResetDemo';
import { StoresSection } from '../org/StoresSection';
import { useT } from '../i18n';
import { useTitle } from '../useTitle';

export function OrganizationPage() {
  const t = useT();
  useTitle(t('org.title'));
  const org = useOrganization();
  return (
    <section aria-labelledby="org-title" className="page">
      <h1 id="org-title">{t('org.title')}</h1>
      {!org ? (
        <p aria-busy="true">{t('org.loading')}</p>
      ) : (
        <>
          <StoresSection org={org} />
          <AppsMatrix org={org} />
          <CustomApps org={org} />
          <ResetDemo />
        </>
      )}
    </section>
  );
}

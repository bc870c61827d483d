/** Stores of the organization and the apps installed in each. */
import { useTitle } from '../useTitle';

export function OrganizationPage() {
  useTitle('Organization');
  return (
    <section aria-labelledby="org-title" className="page">
      <h1 id="org-title">Organization</h1>
    </section>
  );
}

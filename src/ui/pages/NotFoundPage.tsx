import { Link } from 'wouter';
import { useTitle } from '../useTitle';

export function NotFoundPage() {
  useTitle('Page not found');
  return (
    <section className="page" aria-labelledby="nf-title">
      <h1 id="nf-title">Page not found</h1>
      <p>
        There is no page at this address. Go to <Link href="/workflows">Workflows</Link>.
      </p>
    </section>
  );
}

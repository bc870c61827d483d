import { useEffect } from 'react';
import { useT } from './i18n';

/** Sets the document title to "<page> · Flowbench" while the page is shown. */
export function useTitle(page: string): void {
  const t = useT();
  const title = t('app.title', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}

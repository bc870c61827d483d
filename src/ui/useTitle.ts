import { useEffect } from 'react';

/** Sets the document title to "<page> · Flowbench" while the page is shown. */
export function useTitle(page: string): void {
  useEffect(() => {
    document.title = `${page} · Flowbench`;
  }, [page]);
}

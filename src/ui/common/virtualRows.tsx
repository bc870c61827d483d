/**
 * A virtualised table whose rows are read from IndexedDB a window at a time
 * (the run history, the workflow list). @tanstack/react-virtual decides
 * which rows are rendered (those in view and a few around); the window read
 * is the pages of `pageSize` rows they fall in. It stays a table for
 * assistive technology: aria-rowcount on the table and aria-rowindex on each
 * row are the caller's; the space of the rows not rendered is held by
 * hidden spacer rows.
 *
 *   const [range, follow] = usePageWindow(PAGE);
 *   const loaded = useShown(useSomeWindow(range.offset, range.limit));
 *   const rows = useVirtualRows({ count: loaded?.total ?? 0, estimate, overscan, follow });
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';

/** The rows to read: the pages the rendered rows fall in. */
export interface PageWindow {
  offset: number;
  limit: number;
}

/** The window to read, and the function that moves it to the pages holding rows `first` … `last`. */
export function usePageWindow(pageSize: number): [PageWindow, (first: number, last: number) => void] {
  const [pages, setPages] = useState({ first: 0, last: 0 });
  const follow = (first: number, last: number) => {
    const next = { first: Math.floor(first / pageSize), last: Math.floor(last / pageSize) };
    setPages((prev) => (prev.first === next.first && prev.last === next.last ? prev : next));
  };
  return [{ offset: pages.first * pageSize, limit: (pages.last - pages.first + 1) * pageSize }, follow];
}

/** The latest loaded value; while the next one loads (undefined), the last one stays on screen. */
export function useShown<T>(loaded: T | undefined): T | undefined {
  const [shown, setShown] = useState<T>();
  if (loaded !== undefined && loaded !== shown) setShown(loaded);
  return loaded ?? shown;
}

interface Options {
  count: number;
  /** A row's height before it is measured. */
  estimate: number;
  /** Rows rendered beyond each edge of the view. */
  overscan: number;
  /** Called with the first and last rendered row (usePageWindow's second value). */
  follow: (first: number, last: number) => void;
}

export function useVirtualRows({ count, estimate, overscan, follow }: Options) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not build with the React Compiler, so the virtualiser's unmemoisable API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimate,
    overscan,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items.at(-1)?.index ?? 0;
  const followRef = useRef(follow);
  useEffect(() => {
    followRef.current = follow;
  });
  useEffect(() => followRef.current(firstIndex, lastIndex), [firstIndex, lastIndex]);
  /**
   * Home and End on the scrolling region itself go to the first and the last row through the virtualiser:
   * the browser's own End scrolls to the height known when the key is pressed, and rows measured on the way
   * (taller or shorter than the estimate) can leave the last rows below the view.
   */
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || count === 0) return;
    if (event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    if (event.key === 'Home') virtualizer.scrollToIndex(0, { align: 'start' });
    else virtualizer.scrollToIndex(count - 1, { align: 'end' });
  };
  return {
    scrollRef,
    onKeyDown,
    items,
    /** Spread on each rendered row: measures it, and tells the virtualiser its index. */
    rowProps: (index: number) => ({ 'data-index': index, ref: virtualizer.measureElement, 'aria-rowindex': index + 2 }),
    /** Heights of the rows not rendered above and below. */
    before: items[0]?.start ?? 0,
    after: virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0),
  };
}

/** Holds the height of the rows not rendered; hidden from assistive technology. */
export function SpacerRow({ height, columns, className }: { height: number; columns: number; className?: string }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true" className={className}>
      <td colSpan={columns} style={{ height, padding: 0, border: 'none' }} />
    </tr>
  );
}

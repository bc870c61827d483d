/** Covers the window while a file is dragged over the Workflows page. Purely visual: it never takes the pointer. */
export function DropOverlay({ visible }: { visible: boolean }) {
  if (!visible) return null;
  return (
    <div className="drop-overlay">
      <p className="drop-overlay__text">Drop a Flowbench export to import it</p>
    </div>
  );
}

/** The workflow editor. */
import { useTitle } from '../useTitle';

export function EditorPage() {
  useTitle('Editor');
  return (
    <section aria-labelledby="editor-title" className="page">
      <h1 id="editor-title">Editor</h1>
      <div className="empty-state">
        <p>No workflow is open.</p>
        <p className="muted">
          The editor will show a workflow as a canvas: one trigger, then conditions and actions, with palettes of the
          triggers and actions of your installed apps.
        </p>
      </div>
    </section>
  );
}

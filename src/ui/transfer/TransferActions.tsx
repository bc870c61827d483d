/**
 * The Workflows page's import and export buttons: "Import…" (a file
 * picker), "Paste JSON…", "Export all" (workflows and the organization
 * setup, never secrets) and "Export selected (N)".
 */
import { Suspense, useRef, useState } from 'react';
import { loadTransfer } from './loadTransfer';
import { useAsyncAction } from '../common/useAsyncAction';
import { useT } from '../i18n';
import { lazyWithMessages } from '../i18n/lazyWithMessages';
import type { ImportRunner } from './useImportRunner';
import { ErrorAlert } from '../common/ErrorAlert';

// The paste dialog loads when it is first opened.
const PasteDialog = lazyWithMessages(['pathProblems', 'importStatus'], () => import('./PasteDialog').then((m) => m.PasteDialog));

interface Props {
  importer: ImportRunner;
  /** Ids of the selected workflows (only ones still listed). */
  selectedIds: readonly string[];
}

export function TransferActions({ importer, selectedIds }: Props) {
  const fileRef = useRef<HTMLInputElement>(null);
  const pasteRef = useRef<HTMLButtonElement>(null);
  const [pasting, setPasting] = useState(false);
  const { error, run } = useAsyncAction();
  const t = useT();

  const download = (ids: readonly string[] | 'all') =>
    void run(async () => {
      const { exportWorkflows, downloadText } = await loadTransfer();
      const { fileName, text } = await exportWorkflows(ids);
      downloadText(fileName, text);
    });

  const none = selectedIds.length === 0;
  return (
    <div className="transfer-actions">
      <div role="group" aria-label={t('transfer.group')} className="row">
        <button type="button" aria-disabled={importer.busy} onClick={() => !importer.busy && fileRef.current?.click()}>
          {t('transfer.import')}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          aria-label={t('transfer.importFile')}
          className="visually-hidden"
          tabIndex={-1}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            // Reset, so choosing the same file again (after fixing it) fires a change.
            e.target.value = '';
            if (files.length > 0) void importer.run(async (control) => (await loadTransfer()).importFiles(files, control));
          }}
        />
        <button ref={pasteRef} type="button" onClick={() => setPasting(true)}>
          {t('transfer.paste')}
        </button>
        <button type="button" onClick={() => download('all')}>
          {t('transfer.exportAll')}
        </button>
        <button type="button" disabled={none} onClick={() => download(selectedIds)}>
          {t('transfer.exportSelected', { count: selectedIds.length })}
        </button>
      </div>
      <ErrorAlert error={error} />
      {pasting && (
        <Suspense fallback={null}>
          <PasteDialog
            busy={importer.busy}
            onImport={(text) => importer.run(async (control) => (await loadTransfer()).importText(text, control))}
            onClose={() => setPasting(false)}
            returnFocusTo={pasteRef}
          />
        </Suspense>
      )}
    </div>
  );
}

/**
 * The three shapes a Shopify Flow workflow arrives in (FORMAT.md §1), told
 * apart by content, never by file name: `workflow.flow.json` (the object
 * `{ __metadata, root }`), a `.flow` export (the same JSON behind a 64-hex
 * prefix and a colon; an older export has no prefix), and the body of
 * Flow's create-or-update API call (`{ workflow_json, … }`, its
 * `workflow_json` an object or JSON text).
 */

export type FlowEnvelope = 'workflow' | 'flowExport' | 'api';

const PREFIX = /^[0-9a-fA-F]{64}:/;

/** The text without a `.flow` export's 64-hex prefix; `prefixed` says whether it had one. */
export function stripFlowPrefix(text: string): { text: string; prefixed: boolean } {
  return PREFIX.test(text) ? { text: text.slice(65), prefixed: true } : { text, prefixed: false };
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * The Flow document inside parsed JSON, if the JSON is a Flow workflow in
 * any envelope; undefined for anything else (a Flowbench export). A JSON
 * object with `root` but no `__metadata` is taken as a Flow file too, so its
 * missing `__metadata` is reported rather than "not a Flowbench export".
 */
export function flowDocumentOf(json: unknown, prefixed: boolean): { envelope: FlowEnvelope; doc: unknown; path: string[] } | undefined {
  if (!isRecord(json)) return prefixed ? { envelope: 'flowExport', doc: json, path: [] } : undefined;
  if ('workflow_json' in json) {
    const inner = json.workflow_json;
    if (typeof inner === 'string') {
      try {
        return { envelope: 'api', doc: JSON.parse(inner), path: ['workflow_json'] };
      } catch {
        return { envelope: 'api', doc: inner, path: ['workflow_json'] };
      }
    }
    return { envelope: 'api', doc: inner, path: ['workflow_json'] };
  }
  if (prefixed || '__metadata' in json || ('root' in json && !('format' in json))) {
    return { envelope: prefixed ? 'flowExport' : 'workflow', doc: json, path: [] };
  }
  return undefined;
}

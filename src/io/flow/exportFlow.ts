/**
 * "Export for Shopify Flow": a workflow as the canonical text of
 * `workflow.flow.json` (canonical.ts), its file name, the warnings about
 * steps Flow can't take as they are (shown before saving), and the §16
 * checks run on the result, so what Flow would refuse is said up front.
 */
import type { Workflow } from '../../domain/workflow/document';
import { canonicalFlowText } from './canonical';
import { checkFlowDocument } from './checks';
import type { FlowProblem } from './problems';
import { type FlowExportWarning, workflowToFlow } from './toFlow';

export interface FlowExportFile {
  fileName: string;
  text: string;
  /** Steps Flow can't take as Flowbench has them (a Flowbench-only task id, a field with no spelling in Flow…). */
  warnings: FlowExportWarning[];
  /** What Flow's own checks would refuse in the result (no action yet, a For each without a list…). */
  problems: FlowProblem[];
}

/** The file name the Shopify CLI expects in a workflow's folder. */
export const FLOW_FILE_NAME = 'workflow.flow.json';

/** Writes a workflow for Shopify Flow. Never throws. */
export function exportForFlow(workflow: Workflow): FlowExportFile {
  const { document, warnings } = workflowToFlow(workflow);
  return { fileName: FLOW_FILE_NAME, text: canonicalFlowText(document), warnings, problems: checkFlowDocument(document).errors };
}

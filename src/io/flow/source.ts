/**
 * What a workflow imported from a Flow file keeps of that file
 * (`Workflow.flowSource`, JSON text): the document as it came, which Flow
 * step each Flowbench step was, and whether the file had canvas positions.
 * The export overlays the workflow on it, so a file read and written back
 * unchanged gives the same canonical text (keys and fields Flowbench has no
 * place for included).
 */
import { z } from 'zod';

export const FlowSource = z.strictObject({
  /** The Flow document (`{ __metadata, root }`) as it was read. */
  document: z.record(z.string(), z.unknown()),
  /** Flowbench step id → index of the step in `document.root.steps`. */
  steps: z.record(z.string(), z.number().int().min(0)),
  /** Whether the file's steps had `step_position` (a file without them is written back without them). */
  positions: z.boolean(),
});
export type FlowSource = z.infer<typeof FlowSource>;

/** The source kept in a workflow, if it has one that reads (a damaged one is ignored: the export then writes the workflow afresh). */
export function readFlowSource(text: string | undefined): FlowSource | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = FlowSource.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The raw Flow step a Flowbench step came from. */
export function sourceStep(source: FlowSource | undefined, stepId: string): Record<string, unknown> | undefined {
  const index = source?.steps[stepId];
  const root = source?.document.root as { steps?: unknown[] } | undefined;
  const step = index === undefined ? undefined : root?.steps?.[index];
  return step && typeof step === 'object' && !Array.isArray(step) ? (step as Record<string, unknown>) : undefined;
}

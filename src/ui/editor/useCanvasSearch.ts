/**
 * The canvas search's derivation: the query parsed and run over the open
 * document (domain/workflow/canvasSearch), recomputed only when the query,
 * the steps, the sticky notes, their problems, the organization, the catalog or the language
 * change, and only while the search box is open (its component is mounted
 * then), so the canvas itself does no extra work.
 */
import { useMemo } from 'react';
import { type CanvasSearchResult, searchSteps } from '../../domain/workflow/canvasSearch/match';
import { type CanvasQuery, parseCanvasQuery } from '../../domain/workflow/canvasSearch/query';
import type { Step } from '../../domain/workflow/document';
import { useCatalog } from '../../state/catalog';
import { useDocument, useProblems } from '../../state/editor/context';
import { useOrganization } from '../../state/org';
import { LANGUAGES } from '../i18n';
import { stepTextIn } from '../kinds';

export interface CanvasSearchState {
  query: CanvasQuery;
  result: CanvasSearchResult;
  stepsById: ReadonlyMap<string, Step>;
}

/** Runs `text` over the open workflow. */
export function useCanvasSearch(text: string): CanvasSearchState {
  const steps = useDocument((s) => s.doc?.steps);
  const notes = useDocument((s) => s.doc?.notes);
  const name = useDocument((s) => s.doc?.name ?? '');
  const activation = useDocument((s) => s.doc?.activation);
  const byStep = useProblems((s) => s.byStep);
  const org = useOrganization();
  const catalog = useCatalog();
  const query = useMemo(() => parseCanvasQuery(text), [text]);
  const stepsById = useMemo(() => new Map((steps ?? []).map((s) => [s.id, s])), [steps]);
  const result = useMemo(
    () =>
      searchSteps(steps ?? [], query, {
        catalog,
        org,
        workflow: { name, activation: activation ?? { on: false, scope: { kind: 'all' }, offInStores: [] } },
        errorCount: (id) => byStep.get(id)?.filter((p) => p.severity === 'error').length ?? 0,
        names: (step) => LANGUAGES.flatMap((language) => {
          const words = stepTextIn(language, step);
          return [words.title, words.kindLabel];
        }),
      }, notes),
    [steps, notes, query, catalog, org, name, activation, byStep],
  );
  return { query, result, stepsById };
}

/** The table of workflows: one row each, newest edit first (the order storage returns). */
import { useEffect, useState } from 'react';
import type { Organization } from '../../domain/org/organization';
import type { StoredWorkflow } from '../../state/workflows';
import { WorkflowRow } from './WorkflowRow';

interface Props {
  workflows: readonly StoredWorkflow[];
  org: Organization | undefined;
  onDelete: (entry: StoredWorkflow) => void;
  /** Id of a row whose link should take focus (a restored workflow). */
  focusId: string | undefined;
  onFocused: () => void;
}

export function WorkflowsTable({ workflows, org, onDelete, focusId, onFocused }: Props) {
  const now = useNow(60_000);
  return (
    <div className="workflows__scroll">
      <table className="workflows">
        <caption>Your workflows</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Trigger</th>
            <th scope="col">Stores</th>
            <th scope="col">Last edited</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {workflows.map((entry) => (
            <WorkflowRow
              key={entry.workflow.id}
              entry={entry}
              org={org}
              now={now}
              onDelete={onDelete}
              focusRequested={entry.workflow.id === focusId}
              onFocused={onFocused}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The current time, refreshed every `everyMs`, so relative times like "5 minutes ago" stay true. */
function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

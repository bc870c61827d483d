/**
 * Local text for an input whose stored value is normalised (a trimmed name,
 * a list parsed from commas, a number). Binding such an input straight to
 * the document would rewrite what the person is typing ("a, " becomes "a",
 * "1." becomes "1"); so the input shows its draft, and the draft is replaced
 * only when the stored value changes to something the draft doesn't already
 * mean, i.e. by undo, redo or another view. That check runs during render,
 * React's pattern for adjusting state to a changed prop, so no effect
 * re-renders with stale text first.
 *
 * @param stored the stored value, as text
 * @param means whether the draft already stands for the stored value
 */
import { useState } from 'react';

export function useDraft(
  stored: string,
  means: (draft: string, stored: string) => boolean = (draft, s) => draft === s,
): [string, (text: string) => void] {
  const [draft, setDraft] = useState(stored);
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    if (!means(draft, stored)) setDraft(stored);
  }
  return [draft, setDraft];
}

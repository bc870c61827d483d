/**
 * Page object for the condition builder in the inspector: its criteria,
 * groups and list conditions, each found by its accessible name
 * ("Criterion 1.1", "List condition 1", "Criteria of list condition 1").
 */
import type { Locator } from '@playwright/test';

export class ConditionBuilder {
  readonly root: Locator;

  constructor(inspector: Locator) {
    this.root = inspector.getByRole('region', { name: 'Condition criteria' });
  }

  /** A list condition ("at least one of"...) by its place, like "1" or "1.1". */
  list(label: string): Locator {
    return this.root.getByRole('group', { name: `List condition ${label}`, exact: true });
  }

  /** A criterion by its place, like "1.1". */
  criterion(label: string): Locator {
    return this.root.getByRole('group', { name: `Criterion ${label}`, exact: true });
  }

  /** "Add list condition" of the whole condition, or of the list condition at `label`. */
  addList(label?: string): Locator {
    const name = label ? `Add list condition to list condition ${label}` : 'Add list condition';
    return this.root.getByRole('button', { name, exact: true });
  }

  quantifier(label: string): Locator {
    return this.root.getByRole('combobox', { name: `Items of list condition ${label}`, exact: true });
  }

  listOf(label: string): Locator {
    return this.root.getByRole('combobox', { name: `List of list condition ${label}`, exact: true });
  }
}

/**
 * Validation of an app's setup values in a store, against the setup fields
 * its manifest declares. Secret fields may be left empty to keep the value
 * already stored.
 */
import type { AppManifest } from '../catalog/manifest';
import { checkFieldValue } from '../catalog/fieldTypes';
import { ownValue } from '../ownKeys';

export interface SetupProblem {
  field: string;
  message: string;
}

/**
 * Checks setup values; `secretsSet` lists secret fields that already have a
 * stored value (so leaving them empty keeps them). Returns one problem per
 * bad field, naming the field's label.
 */
export function validateSetup(
  app: AppManifest,
  values: Readonly<Record<string, string>>,
  secretsSet: readonly string[] = [],
): SetupProblem[] {
  const problems: SetupProblem[] = [];
  for (const field of app.setup.fields) {
    // Own values only: a field named toString or constructor must not find Object.prototype's.
    const value = (ownValue(values, field.key) ?? '').trim();
    const label = field.label.en;
    if (value === '') {
      const kept = field.kind === 'secret' && secretsSet.includes(field.key);
      if (field.required && !kept) problems.push({ field: field.key, message: `${label} is required.` });
      continue;
    }
    if (field.kind === 'email' || field.kind === 'url') {
      const problem = checkFieldValue(field.kind, value);
      if (problem) problems.push({ field: field.key, message: `${label} ${problem}.` });
    }
    if (field.kind === 'select' && !field.options?.some((o) => o.value === value)) {
      problems.push({ field: field.key, message: `${label} must be one of the listed options.` });
    }
  }
  for (const key of Object.keys(values)) {
    if (!app.setup.fields.some((f) => f.key === key)) {
      problems.push({ field: key, message: `${app.name.en} has no setting called "${key}".` });
    }
  }
  return problems;
}

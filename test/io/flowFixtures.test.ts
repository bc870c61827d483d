/**
 * The hand-written Flow files of test/fixtures/flow: each valid one imports
 * (by content, whatever its envelope), validates, and exports back to the
 * same canonical text; each broken one is refused whole, with the JSON path
 * and the code of its one problem.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../../src/domain/catalog/builtIn';
import { parseImport } from '../../src/io/importDocument';
import { canonicalFlowText } from '../../src/io/flow/canonical';
import { exportForFlow } from '../../src/io/flow/exportFlow';
import { flowDocumentOf, stripFlowPrefix } from '../../src/io/flow/envelope';

const DIR = new URL('../fixtures/flow/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, DIR), 'utf8');
const VALID = readdirSync(new URL('valid/', DIR)).filter((f) => !f.includes('.expected.'));
const BROKEN = readdirSync(new URL('broken/', DIR));

/** Each broken file's one problem: its JSON path and the start of its reason. */
const REFUSALS: Record<string, [string, RegExp]> = {
  'condition-liquid.flow.json': ['$.root.steps[1].config_field_values[0].value', /^a condition can't hold Liquid .*conditionErrors/],
  'condition-syntax.flow.json': ['$.root.steps[1].config_field_values[0].value', /^the condition doesn't parse: at offset 66: expected '\)'/],
  'cycle.flow.json': ['$.root.links[3]', /^this link closes a cycle/],
  'dangling-link.flow.json': ['$.root.links[1].to_step_id', /^there is no step with the id 9$/],
  'foreach-item-after-loop.flow.json': ['$.root.steps[3].config_field_values[1].value', /^lineItemsForeachitem is the current item of a For each.*foreachBodyErrors/],
  'meta-version-text.flow.json': ['$.__metadata.version', /must be the number 0\.1, got "0\.1"$/],
  'no-trigger.flow.json': ['$.root.steps', /^the workflow has no TRIGGER step.*taskErrors/],
  'tags-not-a-list.flow.json': ['$.root.steps[2].config_field_values[0].value', /^the value doesn't read as tags: a JSON list of tags.*configFieldErrors/],
  'task-type-lowercase.flow.json': ['$.root.steps[2].task_type', /must be TRIGGER, CONDITION, ACTION, WAIT or FOREACH, in capitals/],
  'value-not-string.flow.json': ['$.root.steps[2].config_field_values[0].value', /must be text.*configFieldErrors/],
};

/** The canonical text a valid file must export back to: the file itself, or its expected twin for envelopes other than workflow.flow.json. */
function expectedText(name: string): string {
  const twin = VALID.includes(name) && readdirSync(new URL('valid/', DIR)).find((f) => f === name.replace(/\.(flow|json)$/, '.expected.flow.json'));
  if (twin) return read(`valid/${twin}`);
  const { text, prefixed } = stripFlowPrefix(read(`valid/${name}`));
  return canonicalFlowText(flowDocumentOf(JSON.parse(text), prefixed)!.doc);
}

describe('valid Flow files', () => {
  it('there are at least 8 of them', () => expect(VALID.length).toBeGreaterThanOrEqual(8));
  for (const name of VALID) {
    it(`${name} imports and exports back to the same canonical text`, () => {
      const result = parseImport(read(`valid/${name}`), { catalog });
      if (!result.ok) expect(result.problems).toEqual([]);
      const workflow = result.ok ? result.value.workflows[0]! : undefined;
      expect(workflow).toBeDefined();
      expect(exportForFlow(workflow!).text).toBe(expectedText(name));
    });
  }
});

describe('broken Flow files', () => {
  it('there are at least 6 of them', () => expect(BROKEN.length).toBeGreaterThanOrEqual(6));
  for (const name of BROKEN) {
    it(`${name} is refused with the place of its problem`, () => {
      const result = parseImport(read(`broken/${name}`), { catalog });
      expect(result.ok).toBe(false);
      const [path, reason] = REFUSALS[name]!;
      expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([path]);
      expect(result.ok ? '' : result.problems[0]!.message).toMatch(reason);
    });
  }
});

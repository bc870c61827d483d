/**
 * Reading an export file for import (or for `npm run validate`): the whole
 * text is checked before anything could be written, and every problem is
 * listed with its JSON path and a reason in plain words. Never throws.
 *
 * The checks, in order; a failing stage stops the later ones, because their
 * messages would only repeat the first problem in a noisier way:
 * 1. size (UTF-8 bytes, `maxBytes`, 5 MB by default);
 * 2. JSON syntax (with the line and column when the parser gives a position);
 * 3. shape limits: at most MAX_DEPTH levels of nesting, MAX_LIST_ITEMS items
 *    in a list, MAX_OBJECT_KEYS keys in an object, no "__proto__" keys
 *    (checked iteratively, so a hostile file cannot overflow the stack, and
 *    before the schema, so a file of millions of tiny items is refused in
 *    milliseconds instead of being checked item by item);
 * 4. a Shopify Flow workflow (any envelope, by content) goes to the Flow
 *    import instead (flow/importFlow.ts), with the same all-or-nothing result;
 *    otherwise, that it is a Flowbench export at all, and of a version this code reads;
 *    an older version is then migrated to the current one (exportMigrations.ts);
 * 5. the ExportDocument schema (cycles, links to missing steps, connectors
 *    used as conditions... come from the Workflow schema) together with the
 *    catalog and consistency checks of contentChecks.ts: unknown apps,
 *    triggers and actions, setup values, ids used twice, installations of
 *    stores not in the file; the file's custom apps (customAppChecks.ts)
 *    count as part of the catalog. Such a problem is left out where the
 *    schema already reported one at the same path.
 *
 * At most MAX_PROBLEMS problems are listed, then one saying how many more
 * there are: a hostile file could otherwise produce a list of hundreds of
 * thousands for the page to show.
 */
import type { z } from 'zod';
import { type Catalog } from '../domain/catalog/catalog';
import { builtInCatalog } from '../domain/catalog/builtIn';
import { Workflow } from '../domain/workflow/document';
import { issueProblems, jsonPath, type PathProblem } from '../domain/zodIssues';
import { searchWords } from '../domain/text/searchKey';
import { contentProblems } from './contentChecks';
import { fileCustomApps } from './customAppChecks';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportDocument, MAX_EXPORT_WORKFLOWS } from './exportFormat';
import { OLDEST_EXPORT_VERSION, upgradeExport } from './exportMigrations';
import type { WorkflowPlanner } from './importPlan';
import { flowDocumentOf, stripFlowPrefix } from './flow/envelope';
import { importFlowDocument } from './flow/importFlow';

export { planImport, workflowPlanner, type ImportPlan, type PlanOptions, type WorkflowPlanner } from './importPlan';

export type ImportProblem = PathProblem;
export type ImportResult = { ok: true; value: ExportDocument } | { ok: false; problems: ImportProblem[] };

export const MAX_IMPORT_BYTES = 5_000_000;
/** Deepest nesting of arrays and objects accepted; a real export stays far below it. */
export const MAX_DEPTH = 100;
/** Longest list accepted: the schema's largest limit (installations). */
export const MAX_LIST_ITEMS = 100_000;
/** Most keys in one object: far more than any step's fields or app's setup. */
export const MAX_OBJECT_KEYS = 10_000;
/** Most problems listed for one file. */
export const MAX_PROBLEMS = 100;

export interface ParseOptions {
  /** The catalog apps, triggers and actions are checked against; the built-in one by default. */
  catalog?: Catalog;
  maxBytes?: number;
}

/** How far the check of a file has come: `done` of its `total` workflows checked against the schema. */
export interface ParseProgress {
  done: number;
  total: number;
}

/** Parses and checks an export file's text. Never throws: every failure is a problem. */
export function parseImport(text: string, options: ParseOptions = {}): ImportResult {
  const steps = parseImportSteps(text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same check as {@link parseImport}, one workflow at a time: the
 * generator yields its progress after each workflow of the file is checked
 * against the schema (the longest part of a large file) and returns the
 * result, so a caller can do the work in slices between the browser's
 * frames (state/transfer.ts) and stop it. Never throws.
 */
export function* parseImportSteps(
  text: string,
  { catalog = builtInCatalog, maxBytes = MAX_IMPORT_BYTES }: ParseOptions = {},
): Generator<ParseProgress, ImportResult, void> {
  try {
    return yield* parseChecked(text, catalog, maxBytes);
  } catch (error) {
    // Defensive: the checks are written not to throw; if one ever does, the user still gets an answer.
    return fail('$', `the file could not be checked (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** The problem for a file over the size limit (shared with the CLI, which checks before reading). */
export function tooLargeProblem(bytes: number, maxBytes = MAX_IMPORT_BYTES): ImportProblem {
  return { path: '$', message: `the file is too large (${size(bytes)}); an import can be at most ${size(maxBytes)}` };
}

/** The file read up to its schema: a result when that already decides (a problem, or a Shopify Flow file), else the export's JSON (upgraded). */
type ReadExport = { done: ImportResult } | { json: Record<string, unknown> };

function readExport(text: string, catalog: Catalog, maxBytes: number): ReadExport {
  const bytes = utf8Length(text, maxBytes);
  if (bytes > maxBytes) return { done: { ok: false, problems: [tooLargeProblem(bytes, maxBytes)] } };
  // Editors on Windows may start a UTF-8 file with a byte order mark; it is not content.
  // A Shopify Flow `.flow` export puts 64 hex characters and a colon before its JSON (io/flow/envelope.ts).
  const { text: source, prefixed } = stripFlowPrefix(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    return { done: fail('$', notJsonMessage(source, error)) };
  }
  const shape = shapeProblem(json);
  if (shape) return { done: { ok: false, problems: [shape] } };
  // A Shopify Flow workflow, in any of its envelopes, is told apart by its content, never by the file's name.
  const flow = flowDocumentOf(json, prefixed);
  if (flow) {
    const imported = importFlowDocument(flow.doc, flow.envelope, flow.path, catalog);
    return { done: imported.ok ? { ok: true, value: imported.value } : { ok: false, problems: capped(imported.problems) } };
  }
  const header = headerProblem(json);
  if (header) return { done: { ok: false, problems: [header] } };
  return { json: upgradeExport(json) as Record<string, unknown> };
}

/** A file whose workflows are left to be checked a chunk at a time while they are written. */
export interface PreparedImport {
  /** The file with its workflow list left empty: checked. */
  envelope: ExportDocument;
  /** The file's workflows as read: not yet checked against the Workflow schema. */
  workflows: readonly unknown[];
}

/**
 * Everything {@link parseImport} checks but the Workflow schema of each
 * workflow, in one go: size, JSON, shape, header, the envelope's schema, the
 * file's custom apps and the content checks on the raw workflows (unknown
 * apps, triggers and actions, ids used twice...). `checked`: the result is
 * decided already (a problem before the schema, or a Shopify Flow file).
 * `prepared`: nothing found so far; the caller checks each workflow with
 * {@link checkWorkflows} as it writes it, and if one is refused runs the
 * full check to list the problems. `check`: a problem was found past the
 * header; the full check ({@link parseImportSteps}) lists it as it always did. Never throws.
 */
export function prepareImport(
  text: string,
  { catalog = builtInCatalog, maxBytes = MAX_IMPORT_BYTES }: ParseOptions = {},
): { kind: 'checked'; result: ImportResult } | ({ kind: 'prepared' } & PreparedImport) | { kind: 'check' } {
  try {
    const read = readExport(text, catalog, maxBytes);
    if ('done' in read) return { kind: 'checked', result: read.done };
    const { json } = read;
    const { workflows } = json;
    if (!Array.isArray(workflows) || workflows.length > MAX_EXPORT_WORKFLOWS) return { kind: 'check' };
    const envelope = ExportDocument.safeParse({ ...json, workflows: [] });
    if (!envelope.success) return { kind: 'check' };
    const withApps = fileCustomApps(json, catalog);
    if (withApps.problems.length > 0 || contentProblems(json, withApps.catalog, new Set()).length > 0) return { kind: 'check' };
    return { kind: 'prepared', envelope: envelope.data, workflows };
  } catch {
    return { kind: 'check' };
  }
}

/** Thrown by {@link checkWorkflows}: a workflow of the file fails its schema (the full check says where and why). */
export class WorkflowRefused extends Error {
  constructor(readonly index: number) {
    super('this workflow does not pass its checks');
    this.name = 'WorkflowRefused';
  }
}

/** The file's workflows `start` … `end - 1` through the Workflow schema; throws WorkflowRefused at the first refused. */
export function checkWorkflows(workflows: readonly unknown[], start: number, end: number): Workflow[] {
  const out: Workflow[] = [];
  for (let i = start; i < end; i++) {
    const one = Workflow.safeParse(workflows[i]);
    if (!one.success) throw new WorkflowRefused(i);
    out.push(one.data);
  }
  return out;
}

/**
 * A prepared file's workflows as an import writes them (storage/importRepo.ts WorkflowSource): each
 * chunk checked ({@link checkWorkflows}) and planned (`planner`) when it is asked for. The words
 * count only to pick the words most workflows hold; they are read from the raw names and descriptions.
 */
export function preparedWorkflows(prepared: PreparedImport, planner: WorkflowPlanner) {
  const raw = prepared.workflows;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    count: raw.length,
    words: () =>
      raw.map((w) => {
        const { name, description } = w && typeof w === 'object' ? (w as { name?: unknown; description?: unknown }) : {};
        return searchWords(`${text(name)}\n${text(description)}`);
      }),
    chunk: (start: number, end: number): Workflow[] => checkWorkflows(raw, start, end).map(planner.plan),
  };
}

function* parseChecked(text: string, catalog: Catalog, maxBytes: number): Generator<ParseProgress, ImportResult, void> {
  const read = readExport(text, catalog, maxBytes);
  if ('done' in read) return read.done;
  const { json } = read;

  const parsed = yield* parseExportDocument(json);
  const issues = parsed.success ? [] : parsed.issues;
  const problems = issueProblems(issues);
  const failedWorkflows = new Set(
    issues.filter((i) => i.path[0] === 'workflows' && typeof i.path[1] === 'number').map((i) => i.path[1] as number),
  );
  const reported = new Set(problems.map((p) => p.path));
  // The file's own custom apps join the catalog its workflows and installations are checked against.
  const withApps = fileCustomApps(json, catalog);
  for (const problem of [...withApps.problems, ...contentProblems(json, withApps.catalog, failedWorkflows)]) {
    // The schema already explained what is wrong at this place (e.g. an app id that is not a slug).
    if (!reported.has(problem.path)) problems.push(problem);
    reported.add(problem.path);
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems: capped(problems) };
  return { ok: true, value: parsed.data };
}

type SchemaResult = { success: true; data: ExportDocument } | { success: false; issues: z.core.$ZodIssue[] };

/** Keys of the export checked before its workflows (the schema's order), so problems are listed as a whole parse lists them. */
const BEFORE_WORKFLOWS = new Set(['$schema', 'format', 'version']);

/**
 * The ExportDocument schema, with the workflows checked one by one (a
 * progress step after each): the same result and issues as
 * `ExportDocument.safeParse`, each workflow's issues under its
 * `workflows[i]` path. A list the schema refuses as a whole (not a list, or
 * too long) is left to the whole parse.
 */
function* parseExportDocument(json: unknown): Generator<ParseProgress, SchemaResult, void> {
  const workflows = (json as { workflows?: unknown }).workflows;
  if (!Array.isArray(workflows) || workflows.length > MAX_EXPORT_WORKFLOWS) {
    const whole = ExportDocument.safeParse(json);
    return whole.success ? { success: true, data: whole.data } : { success: false, issues: whole.error.issues };
  }
  const envelope = ExportDocument.safeParse({ ...(json as object), workflows: [] });
  const issues: z.core.$ZodIssue[] = envelope.success ? [] : envelope.error.issues.filter((i) => BEFORE_WORKFLOWS.has(String(i.path[0])));
  const parsedWorkflows: Workflow[] = [];
  for (let i = 0; i < workflows.length; i++) {
    const one = Workflow.safeParse(workflows[i]);
    if (one.success) parsedWorkflows.push(one.data);
    else for (const issue of one.error.issues) issues.push({ ...issue, path: ['workflows', i, ...issue.path] });
    yield { done: i + 1, total: workflows.length };
  }
  if (!envelope.success) issues.push(...envelope.error.issues.filter((i) => !BEFORE_WORKFLOWS.has(String(i.path[0]))));
  if (issues.length > 0 || !envelope.success) return { success: false, issues };
  return { success: true, data: { ...envelope.data, workflows: parsedWorkflows } };
}

function capped(problems: ImportProblem[]): ImportProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const more = problems.length - MAX_PROBLEMS;
  return [...problems.slice(0, MAX_PROBLEMS), { path: '$', message: `and ${more.toLocaleString('en')} more ${more === 1 ? 'problem' : 'problems'} not listed here` }];
}

function fail(path: string, message: string): ImportResult {
  return { ok: false, problems: [{ path, message }] };
}

/** A UTF-16 unit outside ASCII (U+0080 and above). */
const NOT_ASCII = /[\u0080-\uffff]/;

/**
 * The UTF-8 size of the text (as TextEncoder would encode it: a lone surrogate as the 3 bytes of
 * U+FFFD), counted without encoding it; a text far over the limit is not counted just to be refused.
 */
export function utf8Length(text: string, maxBytes = MAX_IMPORT_BYTES): number {
  // Every UTF-16 unit is at least one byte: the length is a lower bound.
  if (text.length > 4 * maxBytes) return text.length;
  // Most exports are ASCII: one native scan instead of a loop over every unit (10-50 ms for import-10k's 2.8 MB).
  const first = text.search(NOT_ASCII);
  if (first < 0) return text.length;
  let bytes = text.length;
  for (let i = first; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) continue;
    if (unit < 0x800) bytes += 1;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: one code point of 4 bytes for 2 units.
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

function size(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** "The file is not JSON: Expected ',' or '}' after property value at line 3, column 5". */
function notJsonMessage(source: string, error: unknown): string {
  if (source.trim() === '') return 'the file is empty, not JSON';
  let reason = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(reason);
  reason = reason.replace(/\s*\(line \d+ column \d+\)/, '').replace(/\s*in JSON at position \d+/, '');
  if (position) {
    const before = source.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    reason += ` at line ${line}, column ${column}`;
  }
  return `The file is not JSON: ${reason}`;
}

/** A container met by {@link shapeProblem}'s walk: its path is built from the parents only when it is reported. */
interface ShapeNode {
  value: object;
  key: string | number;
  parent: ShapeNode | undefined;
  depth: number;
}

function shapePath(node: ShapeNode): string {
  const path: (string | number)[] = [];
  for (let n: ShapeNode | undefined = node; n?.parent; n = n.parent) path.push(n.key);
  return jsonPath(path.reverse());
}

/**
 * Iterative walk: the first place nested deeper than MAX_DEPTH, too wide, or holding a "__proto__" key
 * (in document order). Only objects and lists are visited; a place's path is built only for a problem.
 */
function shapeProblem(root: unknown): ImportProblem | undefined {
  if (!root || typeof root !== 'object') return undefined;
  const stack: ShapeNode[] = [{ value: root, key: '', parent: undefined, depth: 0 }];
  const push = (child: unknown, key: string | number, parent: ShapeNode) => {
    if (child && typeof child === 'object') stack.push({ value: child, key, parent, depth: parent.depth + 1 });
  };
  while (stack.length > 0) {
    const node = stack.pop()!;
    const { value } = node;
    if (node.depth >= MAX_DEPTH) {
      return { path: shapePath(node), message: `the document nests deeper than ${MAX_DEPTH} levels, far more than any export` };
    }
    if (Array.isArray(value)) {
      if (value.length > MAX_LIST_ITEMS) {
        return { path: shapePath(node), message: `this list has ${value.length.toLocaleString('en')} items; at most ${MAX_LIST_ITEMS.toLocaleString('en')} are accepted` };
      }
      for (let i = value.length - 1; i >= 0; i--) push(value[i], i, node);
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > MAX_OBJECT_KEYS) {
      return { path: shapePath(node), message: `this object has ${keys.length.toLocaleString('en')} keys; at most ${MAX_OBJECT_KEYS.toLocaleString('en')} are accepted` };
    }
    if (keys.includes('__proto__')) {
      return { path: shapePath(node), message: 'a key named "__proto__" is not allowed' };
    }
    for (let i = keys.length - 1; i >= 0; i--) push((value as Record<string, unknown>)[keys[i]!], keys[i]!, node);
  }
  return undefined;
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value === 'string' ? 'text' : `a ${typeof value}`;
}

/** Whether this is a Flowbench export at all, and one this version reads. */
function headerProblem(json: unknown): ImportProblem | undefined {
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return { path: '$', message: `this is not a Flowbench export: expected an object with "format": "flowbench", got ${describeJson(json)}` };
  }
  const { format, version } = json as { format?: unknown; version?: unknown };
  if (format !== EXPORT_FORMAT) {
    return {
      path: '$.format',
      message:
        format === undefined
          ? 'this is not a Flowbench export: "format": "flowbench" is missing'
          : `this is not a Flowbench export: the format is ${JSON.stringify(format)}, not "flowbench"`,
    };
  }
  const known = typeof version === 'number' && Number.isInteger(version);
  if (!known || version < OLDEST_EXPORT_VERSION || version > EXPORT_VERSION) {
    if (known && version > EXPORT_VERSION) {
      return { path: '$.version', message: `this file is version ${version} of the Flowbench format, made by a newer Flowbench; this one reads versions ${OLDEST_EXPORT_VERSION} to ${EXPORT_VERSION}` };
    }
    return { path: '$.version', message: `the format version must be a whole number from ${OLDEST_EXPORT_VERSION} to ${EXPORT_VERSION}, got ${version === undefined ? 'none' : JSON.stringify(version)}` };
  }
  return undefined;
}

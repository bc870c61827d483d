/**
 * Flow problems in plain English with their JSON path, for the import's
 * problem list and the CLI (the same `$.root.steps[3]…: reason` lines as a
 * Flowbench file's problems), each with Flow's bucket named the way Flow
 * names it (configFieldErrors…), so a Flow user recognises it.
 */
import { jsonPath, type PathProblem } from '../../domain/zodIssues';
import type { FlowProblem } from './problems';

type Params = Record<string, string | number>;

const MESSAGES: Record<string, (p: Params) => string> = {
  META_MISSING: () => '"__metadata": {"version": 0.1} is missing; a Flow workflow file starts with it',
  META_VERSION: (p) => `"__metadata.version" must be the number 0.1, got ${p.got}`,
  ROOT_MISSING: () => '"root" is missing or not an object; it holds the workflow',
  ROOT_FIELDS: (p) => `"${p.key}" must be ${p.expected}`,
  STEP_FIELDS: (p) => `a step needs "task_id" (text) and "config_field_values" (a list); "${p.key}" is missing or of the wrong type`,
  TASK_VERSION: () => '"task_version" must be text, like "0.1"',
  TASK_TYPE_ENUM: () => '"task_type" must be TRIGGER, CONDITION, ACTION, WAIT or FOREACH, in capitals',
  STEP_ID_TYPE: () => '"step_id" must be a whole number or text',
  STEP_ID_DUP: (p) => `the step id ${p.id} is used by two steps`,
  NAME_TYPE: () => '"name" must be text or null',
  POSITION_TYPE: () => '"step_position" must be two numbers, [x, y]',
  CFV_ITEM: () => 'a config field value needs "config_field_id" (text) and "value"',
  CFV_DUP: (p) => `the field "${p.field}" is set twice on this step`,
  VALUE_NOT_STRING: () => 'a config field\'s "value" must be text (numbers, lists and objects are written as JSON text inside it)',
  VALUE_NULL: () => 'the value is null; Flow\'s schema allows it, but Flow\'s own tools always write text',
  VALUE_ENCODING: (p) => `the value doesn't read as ${p.encoding}: ${p.reason}`,
  NO_TRIGGER: () => 'the workflow has no TRIGGER step; Flow needs one to start it',
  NO_ACTION: () => 'the workflow has no ACTION step; Flow needs at least one',
  LINK_FIELDS: () => 'a link needs "from_step_id", "from_port_id", "to_step_id" and "to_port_id"',
  LINK_DANGLING: (p) => `there is no step with the id ${p.id}`,
  LINK_TO_PORT: (p) => `links arrive at a step's "input" port, not "${p.port}"`,
  LINK_FROM_PORT: (p) => `a ${p.type} step has no "${p.port}" port (it has ${p.ports})`,
  LINK_INTO_TRIGGER: () => 'nothing can link into a trigger',
  CYCLE: () => 'this link closes a cycle: a workflow cannot loop back',
  CONDITION_LIQUID: () => 'a condition can\'t hold Liquid ({{ }} or {% %}); compute the value with Run code first',
  CONDITION_SYNTAX: (p) => `the condition doesn't parse: ${p.reason}`,
  FOREACH_LISTPATH: () => 'a For each needs its "listpath" field, the list to go through',
  FOREACH_SCOPE: (p) => `${p.item} is the current item of a For each; it can only be used in steps inside that loop's body (loop_body)`,
  TASK_BRANCHES: (p) => `Flowbench doesn't know the task ${p.taskId}, and it can only keep an unknown ${p.type} step with one way on`,
  UNKNOWN_ENCODING_TARGET: (p) => `the field "${p.field}" is not one Flowbench can set`,
};

/** Flow's names of its buckets, as its API reports them [D T1]. */
const BUCKET_NAMES: Record<FlowProblem['bucket'], string> = {
  configField: 'configFieldErrors',
  condition: 'conditionErrors',
  foreachBody: 'foreachBodyErrors',
  task: 'taskErrors',
  file: 'file',
};

/** A Flow problem in English, without its path. */
export function flowProblemText(problem: FlowProblem): string {
  const say = MESSAGES[problem.code];
  const text = say ? say(problem.params ?? {}) : `${problem.code}${problem.params ? ` ${JSON.stringify(problem.params)}` : ''}`;
  return problem.bucket === 'file' ? text : `${text} (Flow: ${BUCKET_NAMES[problem.bucket]})`;
}

/** A Flow problem as an import problem: its JSON path (`$.root.steps[3]…`) and its reason. `prefix` places it inside an envelope (the API call's `workflow_json`). */
export function flowPathProblem(problem: FlowProblem, prefix: readonly (string | number)[] = []): PathProblem {
  return { path: jsonPath([...prefix, ...problem.path]), message: flowProblemText(problem) };
}

/**
 * Simulated Asana: creates tasks in projects. A project is given by its ID
 * (Asana IDs are whole numbers like 1204567890123456), by its app.asana.com
 * web address, or by its name; a named project is created in the sandbox the
 * first time it is used so that it gets an ID of its own.
 */
import type { ActionCall, ActionHandler, AppAdapter } from '../types';
import { optionalDate, optionalText, reject, requiredText, setting } from './adapterHelpers';

/** Base of the simulated Asana IDs (real ones are 16-digit numbers). */
const PROJECT_ID_BASE = 1208000000000000;
const TASK_ID_BASE = 1209000000000000;
const MAX_TASK_NAME = 1024;

interface ProjectRef {
  gid: string;
  name: string;
}

function resolveProject(call: ActionCall, raw: string): ProjectRef {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      reject(`the project address "${raw}" is not a valid web address`);
    }
    if (url.hostname !== 'app.asana.com') {
      reject(`the project address "${raw}" is not an Asana address (app.asana.com)`);
    }
    // https://app.asana.com/0/<project>/list or https://app.asana.com/1/<workspace>/project/<project>
    const parts = url.pathname.split('/').filter(Boolean);
    const gid = parts[0] === '0' ? parts[1] : parts[0] === '1' && parts[2] === 'project' ? parts[3] : undefined;
    if (!gid || !/^[1-9]\d*$/.test(gid)) {
      reject(`the address "${raw}" does not point to an Asana project`);
    }
    return projectById(call, gid);
  }
  if (/^\d+$/.test(raw)) {
    if (raw.startsWith('0') || raw.length > 19) {
      reject(`"${raw}" is not an Asana project ID: IDs are whole numbers like 1204567890123456`);
    }
    return projectById(call, raw);
  }
  if (/^\d/.test(raw) && /^[\d\s-]+$/.test(raw)) {
    reject(`"${raw}" is not an Asana project ID: write the digits only, like 1204567890123456`);
  }
  return projectByName(call, raw);
}

function projectById(call: ActionCall, gid: string): ProjectRef {
  const found = call.sandbox.get('projects', gid);
  const name = typeof found?.name === 'string' ? found.name : `Project ${gid}`;
  if (!found) call.sandbox.upsert('projects', gid, { gid, name, createdAt: call.now });
  return { gid, name };
}

function projectByName(call: ActionCall, name: string): ProjectRef {
  const projects = call.sandbox.list('projects');
  const found = projects.find((p) => typeof p.name === 'string' && p.name.toLowerCase() === name.toLowerCase());
  if (found && typeof found.gid === 'string') return { gid: found.gid, name: String(found.name) };
  const gid = String(PROJECT_ID_BASE + projects.length + 1);
  call.sandbox.upsert('projects', gid, { gid, name, createdAt: call.now });
  return { gid, name };
}

const createTask: ActionHandler = (call) => {
  const projectInput = requiredText(call.fields, 'project', 'the project');
  const name = requiredText(call.fields, 'task_name', 'the task name');
  if (name.length > MAX_TASK_NAME) reject(`the task name is longer than ${MAX_TASK_NAME} characters`);
  const dueOn = optionalDate(call.fields, 'due_on', 'the due date');
  const project = resolveProject(call, projectInput);

  const taskId = String(TASK_ID_BASE + call.sandbox.count('tasks') + 1);
  const taskUrl = `https://app.asana.com/0/${project.gid}/${taskId}`;
  call.sandbox.upsert('tasks', taskId, {
    gid: taskId,
    name,
    projectId: project.gid,
    projectName: project.name,
    workspace: setting(call, 'workspace') ?? '',
    notes: optionalText(call.fields, 'notes') ?? '',
    assignee: optionalText(call.fields, 'assignee_email') ?? '',
    dueOn: dueOn ?? '',
    completed: false,
    url: taskUrl,
    createdAt: call.now,
  });
  return { output: { task_id: taskId, task_url: taskUrl } };
};

export const asanaAdapter: AppAdapter = {
  appId: 'asana',
  actions: { 'create-task': createTask },
  collections: { tasks: 'Tasks', projects: 'Projects' },
};

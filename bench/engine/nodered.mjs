/**
 * engine-vs-nodered, the peer's side: Node-RED (pinned in bench/peers, a
 * package of the benchmarks' own, never among the app's dependencies)
 * embedded in this Node process through its runtime API: `RED.init` with
 * the editor and HTTP nodes off (httpAdminRoot and httpNodeRoot false), a
 * user directory in a temporary folder, logging off, and the flow deployed
 * with `RED.runtime.flows.setFlows`:
 *
 *   inject → switch (msg.payload.rating < 3, otherwise) → template (Mustache) → function
 *                                               └──────────────────────────→ function
 *
 * Each event is sent from the inject node (`node.send`, what the inject node
 * does when triggered); the function nodes report to the benchmark through
 * `functionGlobalContext`. Timed from sending the first event until the
 * last one has left a function node (low ratings through the template and
 * the "message" function, the others through the "skip" function).
 *
 * `ensurePeers()` installs bench/peers (npm ci) when its node_modules is
 * missing, so `npm run bench` fetches Node-RED on first use.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PEERS = fileURLToPath(new URL('../peers/', import.meta.url));

/** Installs the pinned peers (bench/peers/package-lock.json) unless they are installed already. */
export function ensurePeers(log = () => {}) {
  if (existsSync(join(PEERS, 'node_modules', 'node-red', 'package.json'))) return;
  log('engine-vs-nodered: installing the pinned peers (npm ci --prefix bench/peers)');
  execFileSync('npm', ['ci', '--prefix', PEERS, '--no-audit', '--no-fund'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * Starts Node-RED with the flow; `peer()` sends every payload once and
 * resolves when all have come through. Call `close()` at the end.
 */
export async function noderedBench({ payloads, template }) {
  const require = createRequire(join(PEERS, 'package.json'));
  const RED = require('node-red');
  const version = require('node-red/package.json').version;
  const userDir = mkdtempSync(join(tmpdir(), 'flowbench-nodered-'));
  let round;
  const bench = {
    message(text) {
      round.low++;
      round.last = text;
      if (++round.done === round.expected) round.finish();
    },
    skip() {
      if (++round.done === round.expected) round.finish();
    },
  };
  RED.init({
    userDir,
    flowFile: 'flows.json',
    httpAdminRoot: false,
    httpNodeRoot: false,
    disableEditor: true,
    credentialSecret: false,
    logging: { console: { level: 'off', metrics: false, audit: false } },
    functionGlobalContext: { bench },
    externalModules: { autoInstall: false },
    editorTheme: { tours: false },
  });
  await RED.start();
  // Ids must not equal any property value (Node-RED takes such a value for a reference to that node).
  const id = { tab: 'fb0tab', inject: 'fb1inject', switch: 'fb2switch', template: 'fb3template', message: 'fb4message', skip: 'fb5skip' };
  const z = id.tab;
  const flows = [
    { id: id.tab, type: 'tab', label: 'Reviews', disabled: false },
    { id: id.inject, type: 'inject', z, name: 'review', props: [{ p: 'payload' }], payload: '', payloadType: 'date', repeat: '', once: false, wires: [[id.switch]] },
    {
      id: id.switch,
      type: 'switch',
      z,
      name: 'rating < 3',
      property: 'payload.rating',
      propertyType: 'msg',
      rules: [{ t: 'lt', v: '3', vt: 'num' }, { t: 'else' }],
      checkall: 'false',
      repair: false,
      outputs: 2,
      wires: [[id.template], [id.skip]],
    },
    { id: id.template, type: 'template', z, name: 'text', field: 'payload', fieldType: 'msg', format: 'handlebars', syntax: 'mustache', template, output: 'str', wires: [[id.message]] },
    { id: id.message, type: 'function', z, name: 'message', func: "global.get('bench').message(msg.payload);\nreturn null;", outputs: 1, timeout: 0, noerr: 0, initialize: '', finalize: '', libs: [], wires: [[]] },
    { id: id.skip, type: 'function', z, name: 'skip', func: "global.get('bench').skip();\nreturn null;", outputs: 1, timeout: 0, noerr: 0, initialize: '', finalize: '', libs: [], wires: [[]] },
  ];
  await RED.runtime.flows.setFlows({ flows: { flows }, deploymentType: 'full' });
  // Deploying starts the flow asynchronously: wait until the inject node exists.
  let inject;
  for (let i = 0; i < 1000 && !(inject = RED.nodes.getNode(id.inject)); i++) await new Promise((r) => setTimeout(r, 10));
  if (!inject) throw new Error('engine-vs-nodered: Node-RED did not start the flow');

  async function peer() {
    const done = new Promise((resolve) => {
      round = { expected: payloads.length, done: 0, low: 0, last: '', finish: resolve };
    });
    const start = performance.now();
    // Each message its own object, as an inject node makes one per trigger.
    for (const payload of payloads) inject.send({ _msgid: RED.util.generateId(), payload: { ...payload } });
    await done;
    const ms = performance.now() - start;
    return { ms, events: payloads.length, low: round.low, last: round.last };
  }

  async function close() {
    await RED.stop();
    rmSync(userDir, { recursive: true, force: true });
  }

  return { peer, close, version };
}

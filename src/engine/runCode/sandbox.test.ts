import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../domain/runCode/limits';
import { type RunScriptResult, createSandbox, runScript } from './sandbox';

const LOYALTY = `
export default function main(input) {
  const points = Math.floor(input.order.totalPrice / 10);
  console.log('points for', input.order.name, points);
  return { points, tier: points >= 20 ? 'GOLD' : 'SILVER' };
}`;
const ORDER = { order: { name: '#1001', totalPrice: 249.99 } };

async function ok(script: string, input: unknown = {}, limits = {}) {
  const result = await runScript({ script, input, limits });
  if (!result.ok) throw new Error(`expected the script to succeed, got: ${result.error.message}`);
  return result;
}

async function failed(script: string, input: unknown = {}, limits = {}) {
  const result = await runScript({ script, input, limits });
  if (result.ok) throw new Error(`expected the script to fail, got ${JSON.stringify(result.output)}`);
  return result;
}

const code = (result: RunScriptResult) => (result.ok ? 'ok' : result.error.code);

describe('running a script', () => {
  it('calls the default export with the input and returns its result and its console.log lines', async () => {
    const result = await ok(LOYALTY, ORDER);
    expect(result.output).toEqual({ points: 24, tier: 'GOLD' });
    expect(result.logs).toEqual(['points for #1001 24']);
  });

  it('accepts any default-exported function', async () => {
    expect((await ok('export default (input) => ({ n: input.n + 1 })', { n: 1 })).output).toEqual({ n: 2 });
    expect((await ok('function calc() { return { ok: true } }\nexport default calc;')).output).toEqual({ ok: true });
  });

  it('writes console.log arguments as text: strings as they are, other values as JSON, joined by spaces', async () => {
    const script = `export default function main() {
      const cyclic = {}; cyclic.self = cyclic;
      console.log('a', { b: 1 }, [1, 'x'], null, undefined, 2.5, true, new Error('boom'), cyclic);
      return {};
    }`;
    expect((await ok(script)).logs).toEqual(['a {"b":1} [1,"x"] null undefined 2.5 true Error: boom [object Object]']);
  });

  it('keeps the lines logged before a failure', async () => {
    const result = await failed('export default function main() { console.log("before"); throw new Error("after") }');
    expect(result.logs).toEqual(['before']);
  });

  it('gives the script its own copy of the input and a fresh global scope each call', async () => {
    const input = { list: [1, 2] };
    await ok('export default function main(input) { input.list.push(3); globalThis.leftover = 1; return {} }', input);
    expect(input.list).toEqual([1, 2]);
    expect((await ok('export default () => ({ leftover: typeof globalThis.leftover })')).output).toEqual({ leftover: 'undefined' });
  });

  it('counts the steps it used, the same for the same script every time', async () => {
    const loop = 'export default function main() { let s = 0; for (let i = 0; i < 200000; i++) s += i; return { s } }';
    const first = await ok(loop);
    const second = await ok(loop);
    expect(first.steps).toBeGreaterThan(10);
    expect(second.steps).toBe(first.steps);
  });
});

describe('what the script must be and return', () => {
  it('needs a default-exported function', async () => {
    for (const script of ['export const main = () => 1', 'export default 42', 'function main() {}']) {
      const result = await failed(script);
      expect(code(result), script).toBe('script-no-main');
      expect(result.ok ? '' : result.error.message).toMatch(/export default function main\(input\)/);
    }
  });

  it('reports a syntax error with its line and column', async () => {
    const result = await failed('export default function main(input) {\n  return {\n}');
    expect(code(result)).toBe('script-syntax');
    expect(result.ok ? {} : result.error.params).toMatchObject({ line: 3, column: 2 });
  });

  it('reports what the script threw and where', async () => {
    const result = await failed('export default function main(input) {\n  return input.missing.value;\n}');
    expect(code(result)).toBe('script-threw');
    expect(result.ok ? '' : result.error.message).toMatch(/^The script threw TypeError: cannot read property 'value' of undefined \(line 2, column \d+\)\.$/);
  });

  it('reports thrown values that are not Errors', async () => {
    const messages = [];
    for (const thrown of ['42', '"text"', '{ code: 7 }', 'null']) {
      const result = await failed(`export default function main() { throw ${thrown} }`);
      expect(code(result)).toBe('script-threw');
      messages.push(result.ok ? '' : result.error.message);
    }
    expect(messages).toEqual(['The script threw 42.', 'The script threw "text".', 'The script threw {"code":7}.', 'The script threw null.']);
  });

  it('holds reading what was thrown to the same limits: a hostile message getter runs out of steps', async () => {
    const script = 'export default function main() { throw Object.defineProperty(new Error("x"), "message", { get() { for (;;) {} } }) }';
    expect(code(await failed(script))).toBe('script-steps');
  });

  it('refuses results that are not JSON, naming where', async () => {
    const cases: [string, string][] = [
      ['return undefined', 'main returned nothing (undefined)'],
      ['return { helper() {} }', 'result.helper is a function'],
      ['const o = { list: [] }; o.list.push(o); return o', 'result.list[0] refers back to an object that contains it (a cycle)'],
      ['return { n: NaN }', 'result.n is NaN (JSON has no NaN or Infinity)'],
      ['return { at: new Date(0) }', 'result.at is a Date, not plain data'],
      ['return { m: new Map() }', 'result.m is a Map, not plain data'],
      ['return { big: 10n }', 'result.big is a bigint'],
      ['return [1, undefined]', 'result[1] is undefined'],
    ];
    for (const [body, reason] of cases) {
      const result = await failed(`export default function main() { ${body} }`);
      expect(code(result), body).toBe('script-not-json');
      expect(result.ok ? '' : result.error.message, body).toBe(`The script's result is not JSON: ${reason}.`);
    }
  });

  it('leaves out object properties that are undefined, as JSON does', async () => {
    expect((await ok('export default () => ({ a: 1, b: undefined })')).output).toEqual({ a: 1 });
  });

  it('refuses an input that is not JSON', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const result = await failed('export default () => ({})', cyclic);
    expect(code(result)).toBe('input-not-json');
  });
});

describe('no clock, no random numbers: they throw (Flow allows neither)', () => {
  const clockCases = ['Date.now()', 'new Date()', 'Date()', 'new (Object.getPrototypeOf(new Date(0)).constructor)()', 'Math.random()'];

  it.each(clockCases)('%s throws a clear error', async (expression) => {
    const result = await failed(`export default function main() { return { v: ${expression} } }`);
    expect(code(result)).toBe('script-threw');
    expect(result.ok ? '' : result.error.message).toMatch(/is not available in Run code: scripts have no (clock|random numbers)/);
  });

  it('still reads dates it is given', async () => {
    const script = `export default function main(input) {
      const at = new Date(input.at);
      return { year: at.getUTCFullYear(), next: new Date(Date.UTC(2026, 0, 2)).toISOString(), ms: Date.parse(input.at), isDate: at instanceof Date };
    }`;
    expect((await ok(script, { at: '2026-03-02T10:00:00Z' })).output).toEqual({
      year: 2026,
      next: '2026-01-02T00:00:00.000Z',
      ms: Date.parse('2026-03-02T10:00:00Z'),
      isDate: true,
    });
  });
});

describe('no network, no imports, no async, only console.log', () => {
  it('refuses import statements and import()', async () => {
    const statement = await failed('import _ from "lodash";\nexport default () => ({})');
    expect(code(statement)).toBe('script-import');
    expect(statement.ok ? '' : statement.error.message).toBe('The script imports "lodash": Run code scripts cannot import modules.');
    const dynamic = await failed('export default function main() { import("x").then(() => 1); return {} }');
    expect(code(dynamic)).toBe('script-import');
    const caught = await failed('export default function main() { try { import("x").catch(() => 0) } catch {} return {} }');
    expect(code(caught)).toBe('script-import');
  });

  it('refuses async main, returned Promises, top-level await and queued Promise callbacks', async () => {
    const cases: [string, RegExp][] = [
      ['export default async function main() { return {} }', /main is async or returned a Promise/],
      ['export default () => Promise.resolve({})', /main is async or returned a Promise/],
      ['await 1;\nexport default () => ({})', /top-level await/],
      ['export default function main() { Promise.resolve().then(() => 1); return {} }', /queued Promise callbacks/],
    ];
    for (const [script, reason] of cases) {
      const result = await failed(script);
      expect(code(result), script).toBe('script-async');
      expect(result.ok ? '' : result.error.message, script).toMatch(reason);
    }
  });

  it.each([
    ['fetch("https://example.com")', /fetch is not available in Run code: scripts have no network access/],
    ['globalThis.fetch("/")', /fetch is not available in Run code/],
    ['setTimeout(() => 1, 0)', /setTimeout is not available in Run code: Run code is synchronous/],
    ['setInterval(() => 1, 10)', /setInterval is not available/],
    ['console.warn("x")', /console\.warn is not available in Run code: Shopify Flow allows only console\.log/],
    ['console.error("x")', /console\.error is not available/],
    ['console.info("x")', /console\.info is not available/],
    ['require("fs")', /require is not available in Run code: scripts cannot import modules/],
  ])('%s fails with a clear error', async (statement, reason) => {
    const result = await failed(`export default function main() { ${statement}; return {} }`);
    expect(code(result)).toBe('script-threw');
    expect(result.ok ? '' : result.error.message).toMatch(reason);
  });

  it('reaches only the sandbox’s own global object, never the host’s', async () => {
    const script = `export default function main() {
      const viaFunction = Function('return globalThis')();
      const viaConstructor = (() => {}).constructor.constructor('return this')();
      viaFunction.planted = 'inside';
      const names = Object.getOwnPropertyNames(viaFunction);
      const host = ['window', 'self', 'document', 'postMessage', 'onmessage', 'process', 'importScripts', 'WebAssembly', 'indexedDB'];
      return { same: viaFunction === globalThis && viaConstructor === globalThis, hostNames: host.filter((n) => names.includes(n)) };
    }`;
    expect((await ok(script)).output).toEqual({ same: true, hostNames: [] });
    expect((globalThis as Record<string, unknown>).planted).toBeUndefined();
    // `this` is undefined in a module function: the classic escape ends in a TypeError inside the sandbox.
    const classic = await failed("export default function main() { return this.constructor.constructor('return globalThis')() }");
    expect(classic.ok ? '' : classic.error.message).toMatch(/^The script threw TypeError: cannot read property 'constructor' of undefined/);
  });
});

describe('limits: each breach ends the call with its own clear error, and the next call works', () => {
  const hostile: [string, string, string, RegExp, object?][] = [
    ['an endless loop', 'while (true) {}', 'script-steps', /^The script ran too long: it was stopped after 1,000 steps\.$/],
    ['an endless for', 'for (;;) {}', 'script-steps', /stopped after 1,000 steps/],
    ['allocating without end', 'const keep = []; for (;;) keep.push({ a: [1, 2, 3] });', 'script-memory', /^The script used more than 8 MB of memory\.$/, { memoryBytes: 8 * 2 ** 20 }],
    ['a billion-element array', 'new Array(1e9).fill(0);', 'script-memory', /used more than 32 MB of memory/],
    ['a string doubled without end', 'let s = "x"; for (;;) s += s;', 'script-threw', /^The script threw InternalError: string too long/],
    ['endless recursion', 'function f(n) { return f(n + 1) + 1 } f(0);', 'script-stack', /^The script nested too deeply: it ran out of stack \(256 KB\)\.$/],
    ['parsing deeply nested JSON', 'JSON.parse("[".repeat(100000) + "]".repeat(100000));', 'script-stack', /nested too deeply/],
    ['a deeply nested literal', `const deep = ${'['.repeat(20000)}${']'.repeat(20000)};`, 'script-stack', /nested too deeply/],
    ['logging without end', 'for (;;) console.log("spam");', 'script-logs', /^The script logged too much: more than 200 lines or 20,000 characters with console\.log\.$/],
    ['logging huge lines, catching errors', 'for (;;) { try { console.log("x".repeat(5000)) } catch {} }', 'script-logs', /logged too much/],
    ['a catastrophic regular expression', '/(a+)+$/.test("a".repeat(40) + "b");', 'script-steps', /ran too long/],
    ['an endless sort comparator', '[3, 2, 1].sort(() => { for (;;) {} });', 'script-steps', /ran too long/],
    ['catching the stop', 'for (;;) { try { while (true) {} } catch {} }', 'script-steps', /ran too long/],
  ];

  it.each(hostile)('%s ends the call', async (_label, body, expected, message, limits) => {
    const result = await failed(`export default function main() { ${body} return {} }`, {}, limits);
    expect(code(result)).toBe(expected);
    expect(result.ok ? '' : result.error.message).toMatch(message);
    expect((await ok(LOYALTY, ORDER)).output).toEqual({ points: 24, tier: 'GOLD' });
  });

  it('stops an endless loop at the module’s top level too', async () => {
    expect(code(await failed('while (true) {}\nexport default () => ({})'))).toBe('script-steps');
  });

  it('keeps the first 200 lines of a script that logs too much', async () => {
    const result = await failed('export default function main() { for (let i = 0; ; i++) console.log(i) }');
    expect(result.logs).toHaveLength(DEFAULT_LIMITS.logLines);
    expect(result.logs.at(-1)).toBe('199');
  });

  it('lets a script recover from a failed allocation it catches itself', async () => {
    const script = 'export default function main() { try { new Array(1e9).fill(0) } catch (e) { return { caught: String(e) } } }';
    expect((await ok(script)).output).toEqual({ caught: 'InternalError: out of memory' });
  });

  it('refuses a script longer than the limit without running it', async () => {
    const result = await failed(`export default () => ({}) // ${'x'.repeat(DEFAULT_LIMITS.scriptChars)}`);
    expect(code(result)).toBe('script-too-long');
    expect(result.ok ? '' : result.error.message).toMatch(/^The script is 100,0\d\d characters long; the limit is 100,000\.$/);
  });

  it('refuses a result larger than the limit', async () => {
    const result = await failed('export default () => ({ text: "x".repeat(200000) })');
    expect(code(result)).toBe('script-output-too-large');
    expect(result.ok ? '' : result.error.message).toBe('The script\'s result is 200,011 characters of JSON; the limit is 100,000.');
  });

  it('takes smaller limits from the caller and refuses limits it cannot honour', async () => {
    expect(code(await failed('export default function main() { for (;;) {} }', {}, { steps: 10 }))).toBe('script-steps');
    await expect(runScript({ script: LOYALTY, input: ORDER, limits: { steps: 0 } })).rejects.toThrow(/steps must be a whole number from 1/);
    await expect(runScript({ script: LOYALTY, input: ORDER, limits: { stackBytes: 4 * 2 ** 20 } })).rejects.toThrow(/stackBytes/);
  });
});

describe('the engine', () => {
  it('loads once per sandbox and is shared by its calls', async () => {
    const sandbox = createSandbox();
    expect(sandbox.loaded).toBe(false);
    const [a, b] = await Promise.all([sandbox.run({ script: LOYALTY, input: ORDER }), sandbox.run({ script: LOYALTY, input: ORDER })]);
    expect([code(a), code(b)]).toEqual(['ok', 'ok']);
    expect(sandbox.loads).toBe(1);
  });

  it('reports an engine that cannot be loaded, and tries again on the next call', async () => {
    let attempts = 0;
    const sandbox = createSandbox({
      loadEngine: async () => {
        attempts++;
        throw new Error('blocked by the Content-Security-Policy');
      },
    });
    const result = await sandbox.run({ script: LOYALTY, input: ORDER });
    expect(code(result)).toBe('engine-unavailable');
    expect(result.ok ? '' : result.error.message).toBe('The script engine (QuickJS) could not be loaded: blocked by the Content-Security-Policy.');
    await sandbox.run({ script: LOYALTY, input: ORDER });
    expect(attempts).toBe(2);
  });

  it('starts a new engine after the old one broke, and the next call succeeds', async () => {
    const sandbox = createSandbox();
    const broken = await sandbox.run({ script: 'export default () => JSON.parse("[".repeat(100000) + "]".repeat(100000))', input: {} });
    expect(code(broken)).toBe('script-stack');
    expect(code(await sandbox.run({ script: LOYALTY, input: ORDER }))).toBe('ok');
    expect(sandbox.loads).toBe(2);
  });

  it('does not run a waiting call on an engine that a call before it broke', async () => {
    const sandbox = createSandbox();
    const nesting = 'export default () => JSON.parse("[".repeat(100000) + "]".repeat(100000))';
    const [broken, next] = await Promise.all([sandbox.run({ script: nesting, input: {} }), sandbox.run({ script: LOYALTY, input: ORDER })]);
    expect([code(broken), code(next)]).toEqual(['script-stack', 'ok']);
    expect(sandbox.loads).toBe(2);
  });
});

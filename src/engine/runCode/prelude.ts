/**
 * JavaScript that runs inside the QuickJS sandbox before a script, in the
 * same fresh context (this text is evaluated by QuickJS, never by the
 * page). It shapes the script's world to Shopify Flow's Run code rules:
 * - no clock: `Date.now()`, `Date()` and `new Date()` without arguments
 *   throw; `new Date(value)`, `Date.UTC` and `Date.parse` work;
 * - no random numbers: `Math.random()` throws;
 * - no network, timers or module loading: `fetch`, `setTimeout`, … and
 *   `require` throw with the reason (they are not QuickJS built-ins, so a
 *   script would otherwise get a bare "not defined");
 * - `console.log` only: its arguments become one line (strings as they
 *   are, other values as JSON), handed to the host, which keeps count;
 *   console.info, warn, error, debug, trace, table and dir throw.
 * It returns `[parseInput, drive, describe]`: `drive(main, input)` calls
 * main and returns its result as "J" + JSON, or a refusal as "R" + JSON of
 * [code, detail] (async result, not JSON, too large); `describe(thrown)`
 * reads what a script threw as JSON { error, name, message, stack, text }.
 *
 * A script can change any of this inside its own context (overwrite
 * console, Date, JSON): that only confuses its own result, which the host
 * parses and checks again. The boundary is QuickJS itself.
 */

/** The prelude as a function expression: (hostLog, maxDepth, maxOutputChars) => [parseInput, drive, describe]. */
export const PRELUDE = String.raw`(function (hostLog, maxDepth, maxOutputChars) {
  'use strict';
  const G = globalThis;
  const { parse, stringify } = JSON;
  const { getPrototypeOf, keys, defineProperty } = Object;
  const isArray = Array.isArray;
  const ObjectPrototype = Object.prototype;
  const define = (target, key, value) => defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false });
  const unavailable = (name, why) => function () {
    throw new Error(name + ' is not available in Run code: ' + why + '.');
  };

  const NO_CLOCK = 'scripts have no clock (Shopify Flow allows no clock functions); take dates from the input';
  const RealDate = G.Date;
  const Date = function Date(...args) {
    if (new.target === undefined) unavailable('Date()', NO_CLOCK)();
    if (args.length === 0) unavailable('new Date()', NO_CLOCK)();
    return Reflect.construct(RealDate, args, new.target);
  };
  defineProperty(Date, 'prototype', { value: RealDate.prototype, writable: false });
  define(Date, 'UTC', RealDate.UTC);
  define(Date, 'parse', RealDate.parse);
  define(Date, 'now', unavailable('Date.now()', NO_CLOCK));
  define(RealDate.prototype, 'constructor', Date);
  define(G, 'Date', Date);
  define(Math, 'random', unavailable('Math.random()', 'scripts have no random numbers (Shopify Flow allows no random functions)'));

  const NO_NETWORK = 'scripts have no network access';
  const SYNCHRONOUS = 'Run code is synchronous (Shopify Flow allows no timers or async code)';
  for (const name of ['fetch', 'XMLHttpRequest', 'WebSocket']) define(G, name, unavailable(name, NO_NETWORK));
  for (const name of ['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'queueMicrotask']) {
    define(G, name, unavailable(name, SYNCHRONOUS));
  }
  define(G, 'require', unavailable('require', 'scripts cannot import modules'));

  const show = (value) => {
    if (typeof value === 'string') return value;
    if (value instanceof Error) return value.name + ': ' + value.message;
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') return String(value);
    try {
      const text = stringify(value);
      return text === undefined ? String(value) : text;
    } catch {
      return String(value);
    }
  };
  const console = {};
  define(console, 'log', function log(...args) {
    hostLog(args.map(show).join(' '));
  });
  for (const name of ['info', 'warn', 'error', 'debug', 'trace', 'table', 'dir']) {
    define(console, name, unavailable('console.' + name, 'Shopify Flow allows only console.log'));
  }
  define(G, 'console', console);

  const notJson = (value, path, depth, within) => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
    if (typeof value === 'number') return Number.isFinite(value) ? undefined : path + ' is ' + value + ' (JSON has no NaN or Infinity)';
    if (value === undefined) return path + ' is undefined';
    if (typeof value === 'function') return path + ' is a function';
    if (typeof value !== 'object') return path + ' is a ' + typeof value;
    if (depth >= maxDepth) return path + ' is nested more than ' + maxDepth + ' levels deep';
    if (within.includes(value)) return path + ' refers back to an object that contains it (a cycle)';
    within.push(value);
    let problem;
    if (isArray(value)) {
      for (let i = 0; i < value.length && problem === undefined; i++) problem = notJson(value[i], path + '[' + i + ']', depth + 1, within);
    } else {
      const proto = getPrototypeOf(value);
      if (proto !== ObjectPrototype && proto !== null) {
        const name = proto && typeof proto.constructor === 'function' && proto.constructor.name ? proto.constructor.name : 'object of a class';
        problem = path + ' is a ' + name + ', not plain data';
      }
      for (const key of problem === undefined ? keys(value) : []) {
        if (value[key] !== undefined) problem = notJson(value[key], path + '.' + key, depth + 1, within);
        if (problem !== undefined) break;
      }
    }
    within.pop();
    return problem;
  };

  const refuse = (code, detail) => 'R' + stringify([code, detail]);
  const parseInput = (json) => parse(json);
  const drive = (main, input) => {
    const result = main(input);
    if (result instanceof Promise || (result !== null && typeof result === 'object' && typeof result.then === 'function')) {
      return refuse('async', 'main is async or returned a Promise');
    }
    if (result === undefined) return refuse('not-json', 'main returned nothing (undefined)');
    const problem = notJson(result, 'result', 0, []);
    if (problem !== undefined) return refuse('not-json', problem);
    const json = stringify(result);
    return json.length > maxOutputChars ? refuse('too-large', json.length) : 'J' + json;
  };
  const cut = (text) => (text.length > 300 ? text.slice(0, 299) + '…' : text);
  const describe = (thrown) => {
    if (thrown instanceof Error) {
      return stringify({ error: true, name: cut(String(thrown.name)), message: cut(String(thrown.message)), stack: cut(String(thrown.stack ?? '')) });
    }
    return stringify({ error: false, text: cut(show(thrown === undefined ? 'undefined' : typeof thrown === 'string' ? stringify(thrown) : thrown)) });
  };
  return [parseInput, drive, describe];
})`;

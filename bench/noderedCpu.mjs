#!/usr/bin/env node
/**
 * `node bench/noderedCpu.mjs [rounds] [events]`: engine-vs-nodered in CPU time
 * (process.cpuUsage, user + system) instead of wall time: ours (bench/engine/reviews.ts, built for
 * Node as bench/run.mjs builds it, persisting) and Node-RED (bench/engine/nodered.mjs) alternating
 * in one process, a warm-up round first; prints each side's median µs per event and their ratio,
 * with the load average. Both sides' CPU includes what the process's helper threads spend (the
 * garbage collector's). A measuring tool, not a benchmark row.
 */
import { loadavg } from 'node:os';
import { buildNodeEntries } from './lib/servers.mjs';
import { ensurePeers, noderedBench } from './engine/nodered.mjs';
import { median } from './lib/stats.mjs';

const rounds = Number(process.argv[2] ?? 5);
const events = Number(process.argv[3] ?? 20_000);
const la = () => loadavg().map((x) => x.toFixed(2)).join(' ');
ensurePeers();
const { reviews } = await buildNodeEntries({ reviews: 'engine/reviews.ts' });
const peer = await noderedBench({ payloads: reviews.reviewPayloads(events), template: reviews.MUSTACHE_TEXT });
const ours = reviews.reviewsBench(events);
const samples = { ours: [], nodered: [] };
console.log(`${events} events; load ${la()}; ${new Date().toISOString()}`);
try {
  for (let r = 0; r <= rounds; r++) {
    const sides = [
      ['ours', ours.ours],
      ['nodered', peer.peer],
    ];
    for (const [name, run] of r % 2 ? sides.reverse() : sides) {
      const c0 = process.cpuUsage();
      await run();
      const c = process.cpuUsage(c0);
      if (r > 0) samples[name].push((c.user + c.system) / events);
    }
  }
} finally {
  await peer.close();
}
const show = (name) => `${name} ${median(samples[name]).toFixed(1)} µs/event (${samples[name].map((x) => x.toFixed(0)).join(', ')})`;
console.log(`${show('ours')}; ${show('nodered')}; ratio ${(median(samples.ours) / median(samples.nodered)).toFixed(2)}; load ${la()}; ${new Date().toISOString()}`);
process.exit(0);

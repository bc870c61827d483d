/**
 * CPU time spent by the browsers this process launched (every process
 * descending from it: Chromium's browser process, where IndexedDB writes,
 * its renderers, GPU and utility processes), read from Linux's /proc: user
 * + system time, in clock ticks of 10 ms (USER_HZ is 100 on Linux). Beside a
 * wall-time median on a shared machine it tells the work done from the
 * waiting for a core. `browserCpuMs()` takes a snapshot (undefined where
 * there is no /proc); `cpuSince(snapshot)` is the CPU time spent since, by
 * the processes alive at both readings (plus those started since).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const TICK_MS = 10;

/** CPU time (ms) of each process descending from this one, by pid. */
export function browserCpuMs() {
  if (!existsSync('/proc/self/stat')) return undefined;
  const parents = new Map();
  const ticks = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state, ppid, … utime (14th), stime (15th).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended while listing.
    }
  }
  const descends = (pid) => {
    for (let p = parents.get(pid), hops = 0; p !== undefined && hops < 64; p = parents.get(p), hops++) if (p === process.pid) return true;
    return false;
  };
  const snapshot = new Map();
  for (const [pid, t] of ticks) if (descends(pid)) snapshot.set(pid, t * TICK_MS);
  return snapshot;
}

/** CPU time (ms) spent since `before` (a browserCpuMs snapshot); a process that ended meanwhile is not counted. */
export function cpuSince(before) {
  let total = 0;
  for (const [pid, ms] of browserCpuMs() ?? []) total += ms - (before.get(pid) ?? 0);
  return total;
}

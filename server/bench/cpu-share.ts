/**
 * How much of the machine something else used while a benchmark measured. On a 2-core machine
 * one busy neighbour (a test run, a type check) halves the server's share and the figures with
 * it, so a benchmark reports this beside its figures instead of silently measuring the neighbour.
 *
 * Linux /proc only (proc(5)): machine-wide busy time from /proc/stat, ours from /proc/<pid>/stat
 * of this process and all its descendants (the server child). Elsewhere it reports nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

export interface CpuSnapshot {
  /** Clock ticks, all cores: busy (including time stolen by the hypervisor) and in total. */
  machineBusy: number;
  machineTotal: number;
  /** Clock ticks used by this process (the load generator) and by its descendants (the server). */
  self: number;
  children: number;
}

export interface CpuShare {
  cores: number;
  /** Cores' worth of CPU used on average by this process (the load generator, or the in-process run). */
  selfCores: number;
  /** ... by this process's descendants (the server child). */
  childrenCores: number;
  /** Cores' worth used by everything else, including hypervisor steal. */
  othersCores: number;
}

export function takeCpuSnapshot(): CpuSnapshot | null {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8')
      .split('\n', 1)[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = cpu;
    const machineBusy = user + nice + system + irq + softirq + steal;
    return { machineBusy, machineTotal: machineBusy + idle + iowait, ...treeTicks(process.pid) };
  } catch {
    return null;
  }
}

export function cpuShareBetween(before: CpuSnapshot | null, after: CpuSnapshot | null): CpuShare | null {
  if (!before || !after) return null;
  const cores = availableParallelism();
  const wallTicks = (after.machineTotal - before.machineTotal) / cores;
  if (wallTicks <= 0) return null;
  const self = after.self - before.self;
  const children = Math.max(0, after.children - before.children);
  const others = after.machineBusy - before.machineBusy - self - children;
  return {
    cores,
    selfCores: self / wallTicks,
    childrenCores: children / wallTicks,
    othersCores: Math.max(0, others / wallTicks),
  };
}

/** utime + stime of `root`, and of its live descendants. */
function treeTicks(root: number): { self: number; children: number } {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const text = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after "(comm)", which may itself contain spaces: state ppid ... utime(14) stime(15).
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(name), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the process exited while we listed /proc
    }
  }
  let children = 0;
  for (const [pid, stat] of stats) {
    if (pid === root) continue;
    for (let p: number | undefined = stat.ppid; p !== undefined && p > 1; p = stats.get(p)?.ppid) {
      if (p === root) {
        children += stat.ticks;
        break;
      }
    }
  }
  return { self: stats.get(root)?.ticks ?? 0, children };
}

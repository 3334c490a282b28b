// Memory of processes, read from Linux's /proc (elsewhere: null, and the table says so).
import { readdirSync, readFileSync } from "node:fs";

function statusField(pid: number, field: "VmRSS" | "VmHWM"): number | null {
  try {
    const m = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

/** pid and all its descendants. */
export function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  try {
    for (const name of readdirSync("/proc")) {
      if (!/^\d+$/.test(name)) continue;
      const ppid = parentOf(Number(name));
      if (ppid !== null) parents.set(Number(name), ppid);
    }
  } catch {
    return [root];
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  return tree;
}

/** Samples the resident memory of a process tree until stopped; keeps the largest sum seen. */
export function sampleTreeRss(root: number, everyMs = 100) {
  let peak: number | null = null;
  const sample = () => {
    const rss = processTree(root).map((p) => statusField(p, "VmRSS"));
    if (rss.every((r) => r === null)) return;
    peak = Math.max(peak ?? 0, rss.reduce<number>((a, b) => a + (b ?? 0), 0));
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    peak: () => peak,
    stop() {
      sample();
      clearInterval(timer);
      return peak;
    },
  };
}

/** The kernel's own record of a process's peak resident memory. */
export const peakRss = (pid: number) => statusField(pid, "VmHWM");

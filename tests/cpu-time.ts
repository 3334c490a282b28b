/**
 * CPU milliseconds (user + system) this process spent in `fn`. Bounds on work use CPU time, not
 * wall time: a test machine busy with other jobs stretches the clock, not the work done.
 */
export function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

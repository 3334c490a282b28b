/**
 * Value axes a reader can trust: a rate runs from 0 to 100 %, a count from 0, unless the person
 * asks to zoom in on the data; ticks are round numbers (1, 2, 2.5 or 5 × 10^k), never 98.395 %.
 */

export interface Axis {
  domain: [number, number];
  ticks: number[];
}

function niceStep(span: number, count: number): number {
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
}

function ticksOver(low: number, high: number, count: number): Axis {
  const span = high - low || Math.abs(high) || 1;
  const step = niceStep(span, count);
  const from = Math.floor(low / step) * step;
  const to = Math.ceil(high / step) * step;
  const n = Math.round((to - from) / step);
  const ticks = Array.from({ length: n + 1 }, (_, i) => Number((from + i * step).toPrecision(12)));
  return { domain: [ticks[0], ticks.at(-1)!], ticks };
}

export function valueAxis(values: number[], { isRate, zoom = false, count = 5 }: { isRate: boolean; zoom?: boolean; count?: number }): Axis {
  const finite = values.filter(Number.isFinite);
  if (isRate && !zoom) return { domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] };
  if (finite.length === 0) return isRate ? { domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] } : { domain: [0, 1], ticks: [0, 1] };
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const low = zoom ? min : Math.min(0, min);
  const axis = ticksOver(low, max, count);
  // a zoomed rate still never runs past 100 % or below 0
  if (isRate) {
    const ticks = axis.ticks.filter((t) => t >= 0 && t <= 100);
    return { domain: [ticks[0] ?? 0, ticks.at(-1) ?? 100], ticks };
  }
  return axis;
}

/**
 * Seeded randomness for the generator. Every report draws from its own stream, keyed by the
 * seed, the place and the year, so a report is the same whatever else is generated alongside it
 * (a --scale N run and a national run agree on the reports they share).
 */

/** FNV-1a over the parts: a 32-bit key for a stream. */
export function hashKey(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const s = `${part}\u0000`;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

export class Rng {
  private state: number;

  constructor(...key: (string | number)[]) {
    this.state = hashKey(...key) || 1;
  }

  /** mulberry32: uniform in [0, 1) */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** integer in [min, max] */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  uniform(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** standard normal (Box–Muller) */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** a weighted choice: [[weight, value], …] */
  weighted<T>(options: readonly (readonly [number, T])[]): T {
    const total = options.reduce((s, [w]) => s + w, 0);
    let r = this.next() * total;
    for (const [w, v] of options) if ((r -= w) < 0) return v;
    return options[options.length - 1][1];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** k distinct items in their original order */
  sample<T>(items: readonly T[], k: number): T[] {
    const chosen = new Set(this.shuffle(items.map((_, i) => i)).slice(0, k));
    return items.filter((_, i) => chosen.has(i));
  }
}

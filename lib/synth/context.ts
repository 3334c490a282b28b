import { getIndicator, type Scope } from "../indicators";
import { writeCount, writeRate, toFullWidth, type CountStyle } from "./numbers";
import type { Place } from "./place";
import type { Rng } from "./random";
import type { Figures } from "./values";

/**
 * What the patterns write with: the place's words, the year, the figures chosen for this report,
 * and the bookkeeping that turns each stated figure into a label. A clause is the evidence of the
 * facts written inside it, so a label's evidence is always a piece of the text itself.
 */
export interface Fact {
  key: string;
  scope: Scope;
  value: number;
  approx: boolean;
  evidence: string;
  /** its paragraph names the area or the government it speaks for (a department can state those) */
  scopeNamed?: boolean;
}

export interface Clause {
  text: string;
  facts: Omit<Fact, "evidence">[];
}

/** clauses joined by commas and ended with 。; a plain string is a sentence with no facts */
export type Sentence = Clause[] | string;

export interface Words {
  /** 全市 */ A: string;
  /** 市政府 */ G: string;
  /** 市人民政府 */ GF: string;
  /** 市 */ U: string;
  /** 我市 */ S: string;
  /** 2021 */ Y: number;
}

const MARK = /\u0001(\d+)\u0002/g;

export class Ctx {
  readonly w: Words;
  /** facts stated but not yet placed in a clause, by the marker written before their number */
  private pending = new Map<number, Omit<Fact, "evidence">>();
  private nextId = 0;
  private used = new Set<string>();

  constructor(
    readonly rng: Rng,
    readonly place: Place,
    readonly year: number,
    private readonly figures: Figures,
    /** key@scope pairs this report states */
    private readonly present: Set<string>,
    readonly style: CountStyle,
  ) {
    this.w = { A: place.area, G: place.gov, GF: place.govFull, U: place.unit, S: place.self, Y: year };
  }

  private scopeOf(key: string, scope?: Scope): Scope {
    return scope ?? getIndicator(key)?.defaultScope ?? "area";
  }

  /** the report states this figure and has not stated it yet */
  has(key: string, scope?: Scope): boolean {
    const s = this.scopeOf(key, scope);
    return this.present.has(`${key}@${s}`) && !this.used.has(`${key}@${s}`) && this.figures.get(key)?.[s] !== undefined;
  }

  /** the true figure (for distractors built around it), whether or not the report states it */
  value(key: string, scope?: Scope): number | undefined {
    return this.figures.get(key)?.[this.scopeOf(key, scope)];
  }

  private state(key: string, scope: Scope, written: { text: string; value: number; approx: boolean }): string {
    return this.mark({ key, scope, value: written.value, approx: written.approx }) + written.text;
  }

  /** a count of `key` as the text writes it; `valueOf` takes the number from another figure (上年结转) */
  n(key: string, scope?: Scope, valueOf?: string): string {
    const s = this.scopeOf(key, scope);
    const v = this.figures.get(valueOf ?? key)?.[s] ?? this.figures.get(valueOf ?? key)?.own ?? 0;
    return this.state(key, s, writeCount(this.rng, v, this.style));
  }

  /** a count written exactly (no 余/万): for figures that other stated figures must agree with */
  exact(key: string, scope?: Scope): string {
    const s = this.scopeOf(key, scope);
    return this.state(key, s, writeCount(this.rng, this.figures.get(key)![s]!, { ...this.style, approx: 0 }));
  }

  r(key: string, scope?: Scope): string {
    const s = this.scopeOf(key, scope);
    return this.state(key, s, writeRate(this.rng, this.figures.get(key)![s]!, this.style));
  }

  /** several rates of equal value listed together (…出庭应诉率、…履行率均为100%) */
  same(keys: string[], value: number, scope?: Scope): string {
    const marks = keys.map((key) => this.mark({ key, scope: this.scopeOf(key, scope), value, approx: false }));
    return `${marks.join("")}${value}%`;
  }

  /** a number that is not a value of any key (a target, a change, a sub-unit's figure) */
  x(n: number, approx = 0.15): string {
    return writeCount(this.rng, Math.max(1, Math.round(n)), { ...this.style, approx }).text;
  }

  xr(x: number): string {
    const text = `${Math.round(x * 10) / 10}%`;
    return this.rng.chance(this.style.fullWidth) ? toFullWidth(text) : text;
  }

  // Template literals are evaluated before the clause that holds them is built, often several at
  // once: a marker in the text ties each stated figure to the clause it ends up in.
  private mark(fact: Omit<Fact, "evidence">): string {
    this.used.add(`${fact.key}@${fact.scope}`);
    const id = this.nextId++;
    this.pending.set(id, fact);
    return `\u0001${id}\u0002`;
  }

  /** a clause; the figures written inside it are its facts */
  cl(text: string): Clause {
    const facts: Omit<Fact, "evidence">[] = [];
    const clean = text.replace(MARK, (_, id: string) => {
      facts.push(this.pending.get(Number(id))!);
      this.pending.delete(Number(id));
      return "";
    });
    return { text: clean, facts };
  }

  /** figures written outside any clause: a pattern bug that would leave a label without evidence */
  unplaced(): number {
    return this.pending.size;
  }

  /** fills {A} {G} {GF} {U} {S} {Y} */
  fill(template: string): string {
    return template.replace(/\{(GF|A|G|U|S|Y)\}/g, (_, k: keyof Words) => String(this.w[k]));
  }

  pick<T>(items: readonly T[]): T {
    return this.rng.pick(items);
  }

  chance(p: number): boolean {
    return this.rng.chance(p);
  }
}

/** the clauses of one sentence; parts left out by a condition (false) are skipped */
export function cls(c: Ctx, parts: (string | false | undefined)[]): Clause[] {
  return parts.filter((p): p is string => !!p).map((p) => c.cl(p));
}

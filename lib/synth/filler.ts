import type { Ctx } from "./context";
import { OBJECTS, PURPOSES, THEME_SENTENCES, VERBS, type Theme } from "./filler-bank";

/**
 * Sentences about work without catalogue figures, so a report reaches a real report's length:
 * sentences from real reports (each used once per report), then open ones built from a verb, an
 * object of the theme and a purpose.
 */
export class Filler {
  private used = new Set<string>();

  constructor(private readonly c: Ctx) {}

  sentence(theme: Theme): string {
    const c = this.c;
    const fresh = THEME_SENTENCES[theme].filter((s) => !this.used.has(s));
    if (fresh.length > 0 && c.chance(0.75)) {
      const s = c.pick(fresh);
      this.used.add(s);
      return c.fill(s);
    }
    for (let tries = 0; ; tries++) {
      const s = `${c.pick(VERBS)}${c.pick(OBJECTS[theme])},${c.pick(PURPOSES)}。`;
      if (!this.used.has(s) || tries > 5) {
        this.used.add(s);
        return s;
      }
    }
  }

  /** about `chars` characters of filler */
  run(theme: Theme, chars: number): string[] {
    const out: string[] = [];
    for (let n = 0; n < chars; ) {
      const s = this.sentence(theme);
      out.push(s);
      n += s.length;
    }
    return out;
  }
}

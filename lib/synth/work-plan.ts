import type { Ctx, Sentence } from "./context";
import { targets } from "./distractors";
import { Filler } from "./filler";
import { PLAN_SENTENCES, THEME_HEADINGS, type Theme } from "./filler-bank";
import type { Block } from "./render";

/**
 * A 法治政府建设工作要点: the year's tasks with responsible units and numeric targets, and last
 * year's figures quoted as a baseline. A plan states no achievements, so it has no values.
 */
const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八"];
const THEMES: Theme[] = ["leadership", "functions", "rules", "decisions", "enforcement", "disputes", "education", "supervision"];

export function workPlanBody(c: Ctx, name: string, chars: number): Block[] {
  const f = new Filler(c);
  const { Y, A, G, U } = c.w;
  const blocks: Block[] = [
    { sentences: [`为深入学习贯彻习近平法治思想,扎实推进${name}法治政府建设,根据《法治政府建设实施纲要》有关要求,结合${c.w.S}实际,制定本工作要点。`] },
  ];
  const themes = c.rng.sample(THEMES, c.rng.int(4, THEMES.length));
  const goals = targets(c);
  themes.forEach((theme, i) => {
    blocks.push({ raw: `${NUMERALS[i]}、${c.pick(THEME_HEADINGS[theme])}` });
    const sentences: Sentence[] = [...f.run(theme, chars / themes.length), c.pick(PLAN_SENTENCES)];
    if (goals[i]) sentences.push(`${goals[i]}。`);
    if (theme === "disputes" && c.chance(0.5)) {
      sentences.push(`${Y - 1}年${A}办理行政复议案件${c.x(c.value("reconsideration.accepted") ?? 50, 0)}件,${Y}年要进一步提升办案质效。`);
    }
    blocks.push({ lead: `(${NUMERALS[i]})`, sentences });
    if (c.chance(0.6)) blocks.push({ raw: `[责任单位:${U}司法局、${G}办公室,${G}有关部门按职责分工分别负责]` });
  });
  return blocks;
}

/** a department's own summary (司法局工作总结): the place's figures, said by a sub-unit */
export function departmentOpening(c: Ctx, name: string): string {
  return `${c.w.Y}年,${name}司法局在${c.w.U}委、${c.w.G}的坚强领导下,紧紧围绕中心工作,全面履行司法行政职能,各项工作取得新成效。现将全年工作总结如下:`;
}

import type { Ctx, Sentence } from "./context";
import { otherCounts, targets } from "./distractors";
import { Filler } from "./filler";
import { PLAN_SENTENCES, PROBLEMS, THEME_HEADINGS, type Theme } from "./filler-bank";
import { reconsideration, litigation, mediation } from "./patterns-cases";
import { normativeDocs, enforcement } from "./patterns-rules";
import { education, transparency, supervision } from "./patterns-public";
import type { Block } from "./render";

/**
 * The body of a 法治政府建设年度报告: an opening, the year's work in themed sections (the figures
 * sit in paragraphs of ordinary prose), shortcomings, and the next year's plan with its targets.
 */
const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

interface Section {
  theme: Theme;
  groups: ((c: Ctx) => Sentence[] | null)[];
}

const SECTIONS: Section[] = [
  { theme: "leadership", groups: [] },
  { theme: "functions", groups: [] },
  { theme: "rules", groups: [normativeDocs] },
  { theme: "decisions", groups: [] },
  { theme: "enforcement", groups: [enforcement] },
  { theme: "disputes", groups: [reconsideration, litigation, mediation] },
  { theme: "education", groups: [education] },
  { theme: "supervision", groups: [transparency, supervision] },
  { theme: "emergency", groups: [] },
  { theme: "digital", groups: [] },
];

export function opening(c: Ctx, name: string): string {
  const { Y, S } = c.w;
  return c.pick([
    `${Y}年,${S}坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,全面落实《法治政府建设实施纲要》各项任务,扎实推进依法行政,法治政府建设各项工作取得新进展。现将有关情况报告如下:`,
    `${Y}年,在${c.w.U}委的坚强领导和${c.w.U}人大常委会的有力监督下,${name}${c.w.G}坚持以习近平法治思想为指导,全面推进依法行政,法治政府建设取得了明显成效。现将工作情况报告如下:`,
    `${Y}年,${name}坚持法治${c.w.U === "省" ? "省" : ""}建设一体推进,围绕中心、服务大局,统筹推进法治政府建设各项工作。现将${name}${Y}年度法治政府建设情况报告如下:`,
  ]);
}

export function annualBody(c: Ctx, name: string, chars: number): Block[] {
  const f = new Filler(c);
  const { Y } = c.w;
  const blocks: Block[] = [{ lead: "", sentences: [opening(c, name)] }];
  blocks.push({ raw: `一、${Y}年${c.pick(["推进法治政府建设的主要举措和成效", "法治政府建设主要举措和成效", "度推进法治政府建设的主要举措和成效"])}` });
  const sections = SECTIONS.filter((s) => s.groups.length > 0 || c.chance(0.7));
  const perSection = Math.max(120, chars / sections.length);
  sections.forEach((section, i) => {
    blocks.push({ raw: `(${NUMERALS[i]})${c.pick(THEME_HEADINGS[section.theme])}` });
    const found = section.groups.map((g) => g(c)).filter((s): s is Sentence[] => s !== null);
    const points = Math.max(found.length, c.rng.int(1, 3));
    for (let p = 0; p < points; p++) {
      const lead = c.chance(0.7) ? `${NUMERALS[p]}是${c.pick(THEME_HEADINGS[section.theme])}。` : "";
      const sentences: Sentence[] = f.run(section.theme, (perSection / points) * c.rng.uniform(0.4, 0.8));
      if (found[p]) sentences.push(...found[p]);
      if (c.chance(0.3)) {
        const other = otherCounts(c, section.theme);
        if (other) sentences.splice(c.rng.int(0, sentences.length), 0, other);
      }
      if (c.chance(0.5)) sentences.push(f.sentence(section.theme));
      blocks.push({ lead, sentences });
    }
  });
  blocks.push({ raw: `二、${c.pick(["存在的不足", "存在问题和不足", "存在的主要问题"])}` });
  const problems = c.rng.sample(PROBLEMS, c.rng.int(2, 4));
  blocks.push({ sentences: [`${c.pick(["一年来,", ""])}${c.w.A}法治政府建设取得了一定成效,但仍存在一些薄弱环节和问题。`, ...problems.map((p, i) => `${NUMERALS[i]}是${p}。`)] });
  blocks.push({ raw: `三、${c.pick([`${Y + 1}年工作安排`, "下一步工作打算", `${Y + 1}年推进法治政府建设的主要安排`, "下一步主要工作措施"])}` });
  const plan = c.rng.sample(PLAN_SENTENCES, c.rng.int(2, 4));
  const goals = targets(c);
  blocks.push({ sentences: [...plan.map((p, i) => `${NUMERALS[i]}是${p}`), ...goals.map((g) => `${g}。`)] });
  return blocks;
}

import { cls, type Ctx, type Sentence } from "./context";
import { change, department, previous, town } from "./distractors";

/**
 * 行政复议, 行政应诉 and 人民调解 as reports write them (wording from data/samples, data/heldout).
 * Each function returns the group's sentences, with the changes, last year's figures, sub-units
 * and respondent cases that stand beside the values in real reports; null when the report says
 * nothing about the group.
 */

export function reconsideration(c: Ctx): Sentence[] | null {
  const { A, G, GF, Y } = c.w;
  const out: Sentence[] = [];
  if (c.has("reconsideration.received", "area")) {
    out.push(cls(c, [
      `${A}各级行政复议${c.pick(["机关", "机构"])}共收到行政复议申请${c.n("reconsideration.received", "area")}件`,
      c.has("reconsideration.accepted", "area") && `受理${c.n("reconsideration.accepted", "area")}件`,
      c.chance(0.3) && change(c, "件"),
    ]));
  }
  const own = ["reconsideration.received", "reconsideration.accepted", "reconsideration.concluded"].some((k) => c.has(k, "own"));
  if (!own && out.length === 0) return null;
  if (own) {
    // after a 全市各级 sentence an unnamed subject would read as the whole area: name the government
    const subject = c.pick([G, GF, `${G}本级`, `${G}行政复议${c.pick(["机构", "委员会", "办公室"])}`, ...(out.length ? [] : [""])]);
    const carriedIn = c.chance(0.3) && c.value("reconsideration.carried_in", "own") !== undefined;
    // the first clause names the topic (行政复议申请/案件): the counts after it lean on it
    const style = c.has("reconsideration.received") ? c.rng.int(0, 2) : 1;
    const parts: (string | false)[] = [c.chance(0.4) && `${Y}年`];
    if (style === 0 && c.has("reconsideration.received")) {
      // 新收 alone is received, like 收到 (the catalogue)
      parts.push(`${subject}${c.pick(["共", "", "全年"])}${c.pick(["收到", "收到", "新收"])}行政复议申请${c.n("reconsideration.received")}件`);
      if (c.chance(0.25)) parts.push(change(c, "件"));
    } else if (style === 1 && c.has("reconsideration.accepted")) {
      parts.push(`${subject}${c.pick(["依法受理行政复议案件", "全年新受理行政复议案件", "受理行政复议案件"])}${c.n("reconsideration.accepted")}件`);
    } else if (style === 1) {
      parts.push(`${subject}${c.pick(["办理行政复议案件", "审理行政复议案件"])}`);
    } else {
      parts.push(`${subject}收到行政复议申请${c.n("reconsideration.received")}件`);
    }
    if (c.has("reconsideration.accepted")) parts.push(`${c.pick(["依法受理", "受理", "决定受理"])}${c.n("reconsideration.accepted")}件`);
    if (carriedIn && c.has("reconsideration.carried_over")) parts.push(`上年结转${c.n("reconsideration.carried_over", "own", "reconsideration.carried_in")}件`);
    if (c.has("reconsideration.concluded")) parts.push(`${c.pick(["审结", "办结", "已结案"])}${c.n("reconsideration.concluded")}件`);
    if (!carriedIn && c.has("reconsideration.carried_over")) parts.push(`${c.pick(["结转下年", "结转"])}${c.n("reconsideration.carried_over")}件`);
    if (c.has("reconsideration.conclusion_rate")) parts.push(`结案率${c.r("reconsideration.conclusion_rate")}`);
    if (c.chance(0.2)) parts.push(`维持率${c.xr(c.rng.uniform(60, 90))}`);
    if (c.has("reconsideration.correction_rate")) parts.push(`${c.pick(["综合纠错率", "纠错率"])}${c.r("reconsideration.correction_rate")}`);
    out.push(cls(c, parts));
  }
  if (c.chance(0.4)) {
    out.push(c.pick([
      `${G}作为被申请人的行政复议案件${c.x(c.rng.uniform(2, 30), 0)}件,均由上级人民政府依法审理。`,
      `${G}被申请行政复议${c.x(c.rng.uniform(2, 30), 0)}件,维持${c.x(c.rng.uniform(1, 2), 0)}件。`,
      `收到行政被复议案件${c.x(c.rng.uniform(2, 30), 0)}件,已结案${c.x(c.rng.uniform(1, 2), 0)}件。`,
    ]));
  }
  if (c.chance(0.3)) out.push(`制发行政复议意见书${c.x(c.rng.uniform(1, 12), 0)}件,行政复议决定书网上公开率100%。`);
  return out;
}

export function litigation(c: Ctx): Sentence[] | null {
  const { A, G, Y } = c.w;
  const out: Sentence[] = [];
  const head = c.value("litigation.head_appearance_rate");
  const fulfil = c.value("litigation.judgment_fulfillment_rate");
  const parts: (string | false)[] = [];
  if (c.has("litigation.cases", "area")) {
    const cases = c.value("litigation.cases", "area")!;
    parts.push(c.pick([
      `${A}行政机关共办理行政应诉案件${c.n("litigation.cases", "area")}件`,
      `${A}行政诉讼一审案件收案${c.n("litigation.cases", "area")}件`,
      `${A}一审行政诉讼案件${c.n("litigation.cases", "area")}件`,
      `${A}办理行政应诉案件${c.n("litigation.cases", "area")}件`,
      `${Y}年${A}行政应诉案件${c.n("litigation.cases", "area")}件`,
    ]));
    if (c.chance(0.25)) parts.push(previous(c, cases, "件"));
  }
  if (c.has("litigation.head_appearance_rate") && c.has("litigation.judgment_fulfillment_rate") && head === 100 && fulfil === 100 && c.chance(0.6)) {
    parts.push(`${parts.length ? "" : A}行政机关负责人出庭应诉率${c.pick(["、", "及"])}法院生效判决履行率均为${c.same(["litigation.head_appearance_rate", "litigation.judgment_fulfillment_rate"], 100)}`);
  } else {
    if (c.has("litigation.head_appearance_rate")) {
      if (head !== undefined && head < 100 && c.chance(0.2)) {
        parts.push(`行政机关负责人出庭应诉率由${Y - 1}年的${c.xr(head * c.rng.uniform(0.6, 0.95))}提升至${c.r("litigation.head_appearance_rate")}`);
      } else {
        parts.push(`${c.pick(["行政机关负责人出庭应诉率", "行政负责人出庭应诉率", "行政机关负责人出庭应诉率"])}${c.pick(["", "达", "为", "达到"])}${c.r("litigation.head_appearance_rate")}`);
        if (c.chance(0.15)) parts.push(`比上年提高${c.x(c.rng.uniform(2, 20), 0)}个百分点`);
      }
    }
    if (c.has("litigation.judgment_fulfillment_rate")) parts.push(`法院生效判决履行率${c.pick(["", "为", "达到"])}${c.r("litigation.judgment_fulfillment_rate")}`);
  }
  if (c.has("litigation.win_rate") && c.chance(0.6)) parts.push(`${c.pick(["胜诉率", "一审行政诉讼案件胜诉率"])}${c.r("litigation.win_rate")}`);
  else if (c.has("litigation.loss_rate")) parts.push(`败诉率${c.r("litigation.loss_rate")}`);
  if (parts.length) out.push(cls(c, parts));
  if (c.has("litigation.cases", "own") && c.chance(0.5)) {
    out.push(cls(c, [c.pick([`${G}办理行政应诉案件${c.n("litigation.cases", "own")}件`, `以${G}为被告的行政诉讼案件${c.n("litigation.cases", "own")}件`]), c.chance(0.5) && `均已按时提交答辩状`]));
  }
  return out.length ? out : null;
}

export function mediation(c: Ctx): Sentence[] | null {
  const { A, U, Y } = c.w;
  const out: Sentence[] = [];
  if (c.has("mediation.committees") && c.chance(0.5)) {
    out.push(cls(c, [
      c.pick([`${A}共有人民调解委员会${c.n("mediation.committees")}个`, `${A}建有${c.n("mediation.committees")}个人民调解委员会`, `${A}现有人民调解委员会${c.n("mediation.committees")}个`]),
      c.has("mediation.mediators") && c.pick([`人民调解员${c.n("mediation.mediators")}名`, `共有调解员${c.n("mediation.mediators")}名`]),
    ]));
  }
  if (c.has("mediation.disputes")) {
    const stateRate = c.has("mediation.success_rate") && c.chance(0.8);
    // with both counts stated, both are exact (a rounded count beside an exact one would not match the rate)
    const both = c.has("mediation.resolved");
    const disputes = () => (both ? c.exact("mediation.disputes") : c.n("mediation.disputes"));
    const parts: (string | false)[] = [
      c.chance(0.2) && "扎实开展矛盾纠纷大排查大调解专项行动",
      c.pick([
        `${A}各级人民调解组织共调解矛盾纠纷${disputes()}件`,
        `排查各类纠纷${disputes()}件`,
        `${A}各级调解组织排查化解矛盾纠纷${disputes()}件`,
        `全年共排查调处矛盾纠纷${disputes()}件`,
        `${A}调解矛盾纠纷${disputes()}件`,
      ]),
      c.has("mediation.resolved") && c.pick([`调解成功${c.exact("mediation.resolved")}件`, `调处成功${c.exact("mediation.resolved")}件`, `成功化解${c.exact("mediation.resolved")}件`]),
      stateRate && `${c.pick(["调解成功率", "成功率", "调处成功率", "化解成功率"])}${c.r("mediation.success_rate")}`,
    ];
    out.push(cls(c, parts));
    if (c.chance(0.35)) {
      out.push(c.pick([
        `其中,${town(c)}人民调解委员会调解纠纷${c.x(c.rng.uniform(50, 1200))}件,调解成功率100%。`,
        `${town(c)}派出所驻所调解室调解纠纷${c.x(c.rng.uniform(50, 900))}件,成功率${c.xr(c.rng.uniform(97, 100))}。`,
        `${U}医疗纠纷人民调解委员会调解医患纠纷${c.x(c.rng.uniform(10, 200), 0)}件。`,
      ]));
    }
    if (c.chance(0.15)) out.push(`${Y - 1}年${A}调解矛盾纠纷${c.x(c.value("mediation.disputes")! * c.rng.uniform(0.8, 1.2), 0)}件。`);
  }
  if (out.length === 0) return null;
  return out;
}

/** a department's own figures, never the place's */
export function subUnitEnforcement(c: Ctx): string {
  return `${department(c)}评查案卷${c.x(c.rng.uniform(30, 400), 0)}卷,发现问题${c.x(c.rng.uniform(10, 90), 0)}个,均已督促整改。`;
}

import { cls, type Ctx, type Sentence } from "./context";
import { change } from "./distractors";
import { subUnitEnforcement } from "./patterns-cases";

/** 规范性文件, 合法性审查, 法律顾问, 公职律师 and 行政执法 as reports write them. */

function twoTiers(c: Ctx): string {
  const { U, A } = c.w;
  const level = c.place.division.level;
  if (level === "province") return c.pick([`${A}各级政府`, "省、市、县三级政府"]);
  if (level === "city") return c.pick([`${U}、县(区)两级政府`, `${U}县两级政府`, `${A}各级行政机关`]);
  return c.pick([`${A}各级行政机关`, `${A}`]);
}

export function normativeDocs(c: Ctx): Sentence[] | null {
  const { G, GF, U, A } = c.w;
  const out: Sentence[] = [];
  if (c.has("normative_docs.issued", "own") || c.has("normative_docs.filed", "own")) {
    const parent = c.place.parents[0];
    out.push(cls(c, [
      c.has("normative_docs.issued", "own") &&
        c.pick([`${G}全年制发行政规范性文件${c.n("normative_docs.issued", "own")}件`, `${GF}制定出台行政规范性文件${c.n("normative_docs.issued", "own")}件`, `以${G}名义发布行政规范性文件${c.n("normative_docs.issued", "own")}件`, `${G}制发行政规范性文件${c.n("normative_docs.issued", "own")}件`]),
      c.has("normative_docs.filed", "own") &&
        c.pick([`报送${parent ? `${parent.name}人民政府和` : ""}${U}人大常委会备案${c.n("normative_docs.filed", "own")}件`, `报送备案${c.n("normative_docs.filed", "own")}件`, `依法报送备案${G}行政规范性文件${c.n("normative_docs.filed", "own")}件`]),
      c.chance(0.4) && c.pick(["备案及时率、规范率均为100%", "报备率100%", "报备率、及时率、规范率均为100%"]),
    ]));
  }
  if (c.has("normative_docs.issued", "area")) {
    out.push(cls(c, [c.pick([`${A}共制发行政规范性文件${c.n("normative_docs.issued", "area")}件`, `${twoTiers(c)}制定行政规范性文件${c.n("normative_docs.issued", "area")}件`])]));
  }
  if (c.has("legality_review.items", "own")) {
    out.push(cls(c, [
      c.pick([
        `${G}合法性审查机构全年审核${G}文件、合同及重大决策事项${c.n("legality_review.items", "own")}件`,
        `全年共审查${G}常务会议议题${c.n("legality_review.items", "own")}件`,
        `${U}司法局共审查${G}常务会议议题、重大合同等各类事项${c.n("legality_review.items", "own")}件`,
        `对${G}常务会议议题、政府合同等${c.n("legality_review.items", "own")}件事项进行合法性审查`,
        `${G}本级审查合法性事项${c.n("legality_review.items", "own")}件`,
      ]),
      c.chance(0.4) && `提出修改意见${c.x(c.rng.uniform(100, 3000))}条`,
      c.chance(0.2) && "合法性审查率100%",
    ]));
  }
  if (c.has("legality_review.items", "area")) {
    out.push(cls(c, [`${A}各级行政机关共开展合法性审查${c.n("legality_review.items", "area")}件`]));
  }
  if (c.has("legal_advisors.count", "own") || c.has("public_lawyers.count")) {
    out.push(cls(c, [
      c.has("legal_advisors.count", "own") && c.pick([`${G}聘请法律顾问${c.n("legal_advisors.count", "own")}名`, `${G}聘请常年法律顾问${c.n("legal_advisors.count", "own")}名`, `${G}聘请外部法律顾问${c.n("legal_advisors.count", "own")}名`]),
      c.has("public_lawyers.count") && c.pick([`${A}公职律师${c.pick(["增至", "达到", "发展至", "总数达到"])}${c.n("public_lawyers.count")}名`, `${A}现有公职律师${c.n("public_lawyers.count")}名`]),
      c.chance(0.3) && c.pick([change(c, "名"), `其中本年度新申请执业${c.x(c.rng.uniform(2, 20), 0)}名`]),
    ]));
  }
  return out.length ? out : null;
}

export function enforcement(c: Ctx): Sentence[] | null {
  const { A } = c.w;
  const out: Sentence[] = [];
  if (c.has("enforcement.officers_trained")) {
    out.push(cls(c, [
      c.pick([
        `组织${A}行政执法人员集中轮训${c.x(c.rng.uniform(2, 6), 0)}期,培训执法人员${c.n("enforcement.officers_trained")}名`,
        `完成${c.n("enforcement.officers_trained")}名行政执法人员轮训培训`,
        `组织${A}${c.n("enforcement.officers_trained")}名行政执法人员参加新修订《行政处罚法》专题培训`,
        `参训执法人员${c.n("enforcement.officers_trained")}人`,
      ]),
      c.chance(0.25) && `考试合格率${c.xr(c.rng.uniform(88, 99.5))}`,
    ]));
  }
  if (c.has("enforcement.case_files_reviewed")) {
    out.push(cls(c, [
      c.pick([
        `开展行政执法案卷评查${c.n("enforcement.case_files_reviewed")}${c.pick(["宗", "卷"])}`,
        `${A}共评查行政执法案卷${c.n("enforcement.case_files_reviewed")}卷`,
        `评查行政执法案卷${c.n("enforcement.case_files_reviewed")}卷`,
        `抽查案卷${c.n("enforcement.case_files_reviewed")}卷`,
      ]),
      c.chance(0.3) && `评选优秀案卷${c.x(c.rng.uniform(10, 60), 0)}卷`,
    ]));
    if (c.chance(0.3)) out.push(subUnitEnforcement(c));
  }
  return out.length ? out : null;
}

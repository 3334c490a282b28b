import { cls, type Ctx, type Sentence } from "./context";

/** 普法, 政务公开 and 人大建议/政协提案 as reports write them. */

export function education(c: Ctx): Sentence[] | null {
  if (!c.has("legal_education.events")) return null;
  const { A } = c.w;
  const out: Sentence[] = [];
  const events = c.value("legal_education.events")!;
  if (c.chance(0.2)) out.push(`“12·4”国家宪法日期间开展宣传活动${c.x(events * c.rng.uniform(0.05, 0.3), 0)}场。`);
  out.push(cls(c, [
    c.pick([
      `开展“宪法宣传周”“民法典进万家”等法治宣传活动${c.n("legal_education.events")}场次`,
      `${A}开展各类普法宣传活动${c.n("legal_education.events")}场`,
      `“谁执法谁普法”普法责任制全面落实,开展各类专题讲座、培训、宣传${c.n("legal_education.events")}场(次)`,
      `全年开展各类普法宣传活动${c.n("legal_education.events")}场`,
      `开展法治宣传活动${c.n("legal_education.events")}场次`,
    ]),
    c.chance(0.4) && `受教育群众${c.x(c.rng.uniform(1, 60), 0)}万人次`,
    c.chance(0.2) && `发放宣传资料${c.x(c.rng.uniform(5000, 90000))}份`,
  ]));
  return out;
}

export function transparency(c: Ctx): Sentence[] | null {
  if (!c.has("transparency.disclosures") && !c.has("transparency.requests")) return null;
  return [
    cls(c, [
      c.has("transparency.disclosures") && c.pick([`全年主动公开政府信息${c.n("transparency.disclosures")}条`, `全年共公开各类政府信息${c.n("transparency.disclosures")}条`, `${c.w.A}各级行政机关主动公开政府信息${c.n("transparency.disclosures")}条`]),
      c.chance(0.3) && `回应社会关切${c.x(c.rng.uniform(50, 2000))}条`,
      c.has("transparency.requests") && c.pick([`办理依申请公开事项${c.n("transparency.requests")}件`, `全年办理政府信息公开申请${c.n("transparency.requests")}件`, `办理依申请公开件${c.n("transparency.requests")}件`]),
    ]),
  ];
}

export function supervision(c: Ctx): Sentence[] | null {
  if (!c.has("supervision.npc_proposals") && !c.has("supervision.cppcc_proposals")) return null;
  const { U } = c.w;
  return [
    cls(c, [
      c.chance(0.3) && "自觉接受人大法律监督和政协民主监督",
      c.has("supervision.npc_proposals") && c.pick([`办理人大代表建议${c.n("supervision.npc_proposals")}件`, `全年办结人大议案建议${c.n("supervision.npc_proposals")}件`, `承办${U}人大代表建议${c.n("supervision.npc_proposals")}件`]),
      c.has("supervision.cppcc_proposals") && c.pick([`政协提案${c.n("supervision.cppcc_proposals")}件`, `${U}政协委员提案${c.n("supervision.cppcc_proposals")}件`, `政协提案建议${c.n("supervision.cppcc_proposals")}件`]),
      c.pick(["办复率均为100%", "面复率100%", "按期办复率100%", "满意率98%以上"]),
    ]),
  ];
}

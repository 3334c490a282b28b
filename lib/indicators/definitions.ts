/**
 * What each indicator counts, in both languages: what is counted, what is not, and at which
 * scope reports usually give it. The text is docs/indicators.md's "Definitions" section word for
 * word (indicator-definitions.test.ts keeps the two in step); the pages show it beside the
 * indicator, as the tooltip of its name in tables and chart titles, and the CSV's documentation
 * repeats it. Typical wordings come from the catalogue's table.
 */
import { INDICATORS, getIndicator, type IndicatorDefinition, type Scope } from ".";
import { SCOPE_LABEL } from "../display/labels";

export interface Bilingual {
  zh: string;
  en: string;
}

export interface IndicatorMeaning {
  /** what one unit of the figure is */
  counts: Bilingual;
  /** what reports put near it that it is not */
  excludes: Bilingual;
}

const m = (countsZh: string, countsEn: string, excludesZh: string, excludesEn: string): IndicatorMeaning => ({
  counts: { zh: countsZh, en: countsEn },
  excludes: { zh: excludesZh, en: excludesEn },
});

export const DEFINITIONS: Record<string, IndicatorMeaning> = {
  "reconsideration.received": m(
    "一年内收到(新收)的行政复议申请件数,不论是否受理。",
    "Applications for administrative reconsideration received (newly filed) in the year, accepted or not.",
    "不含上年结转的案件;“受理”的件数见受理数。",
    "Not cases carried over from the year before; the number accepted is its own indicator.",
  ),
  "reconsideration.accepted": m(
    "一年内依法受理的行政复议案件件数。",
    "Reconsideration cases formally accepted in the year.",
    "只说“新收”的是收到数,不是受理数;不含上年结转。",
    "A figure worded only as 新收 (received) is the received count; cases carried over are not included.",
  ),
  "reconsideration.concluded": m(
    "一年内审结(办结、结案)的行政复议案件件数,可能含上年结转的案件。",
    "Reconsideration cases concluded (decided or closed) in the year, which may include cases carried over.",
    "写明包括不予受理等未受理案件的结案数不计入。",
    "Not a closed count that says it includes applications never accepted.",
  ),
  "reconsideration.carried_over": m(
    "跨年度结转的行政复议案件件数,两个方向都记在这一项:“上年结转”是从上一年转入本年的未结案件,“结转下年”(或收到、办结之后单写的“结转”)是年末未结、转入下一年的案件;方向以证据句为准,两种方向不可直接比较。",
    "Reconsideration cases carried across the year end, in either direction: 上年结转 are open cases brought in from the previous year; 结转下年 (or a bare 结转 after the year's received and concluded counts) are cases still open at year end, passed on to the next. The evidence sentence says which; the two directions are not comparable.",
    "“办结N件(含去年结转M件)”中的M不计入;“上年未结转”不是0件的结转数。",
    "Not the M in “concluded N, including M carried over”; “none carried over” phrased as 上年未结转 is not a figure of 0.",
  ),
  "reconsideration.conclusion_rate": m(
    "审结案件占应结案件的百分比,以报告所写为准。",
    "Cases concluded as a percentage of cases due, as the report states it.",
    "不是纠错率,也不是同比变化。",
    "Not the correction rate, not a change on last year.",
  ),
  "reconsideration.correction_rate": m(
    "行政复议决定撤销、变更、确认违法或责令履行的案件所占百分比(综合纠错率);只写直接纠错率时取之。",
    "Share of reconsideration decisions that annulled, varied, found unlawful or ordered action (the overall correction rate, 综合纠错率); a direct correction rate when that is the only one stated.",
    "不是结案率;较高不代表更好或更差。",
    "Not the conclusion rate; higher is neither better nor worse in itself.",
  ),
  "litigation.cases": m(
    "一年内政府作为被告办理的行政诉讼(行政应诉)案件件数。",
    "Administrative lawsuits in which the government was the defendant, handled in the year.",
    "不含行政复议案件,不含某一类(如征地拆迁)案件的件数。",
    "Not reconsideration cases; not the count of one category of suits (such as land expropriation).",
  ),
  "litigation.head_appearance_rate": m(
    "行政机关负责人出庭应诉的案件占应出庭案件的百分比。",
    "Share of court hearings at which the head of the defendant agency appeared in person.",
    "不是胜诉率;同比变化不计。",
    "Not the win rate; changes on last year are not values.",
  ),
  "litigation.win_rate": m(
    "已判决的行政诉讼中政府胜诉的百分比。",
    "Share of decided administrative lawsuits the government won.",
    "不是败诉率的补数,除非报告这样写。",
    "Not computed as 100 minus the loss rate unless the report says so.",
  ),
  "litigation.loss_rate": m(
    "已判决的行政诉讼中政府败诉的百分比;越低越好。",
    "Share of decided administrative lawsuits the government lost; lower is better.",
    "不是胜诉率,不是纠错率。",
    "Not the win rate, not the reconsideration correction rate.",
  ),
  "litigation.judgment_fulfillment_rate": m(
    "法院生效判决、裁定得到政府履行的百分比。",
    "Share of final court judgments against the government that it carried out.",
    "不是胜诉率或出庭率。",
    "Not the win rate or the appearance rate.",
  ),
  "mediation.disputes": m(
    "一年内人民调解处理(调解、调处)或排查的纠纷件数;报告常把排查数和调解数分开写,两者都记在这一项,证据句说明是哪一种。",
    "Disputes handled by people's mediation (mediated) or screened (排查) in the year; reports give either, both are recorded here and the evidence sentence says which.",
    "不含某一类纠纷(如物业、婚姻)的件数,不含单个调解室的件数;排查数通常远大于调解数,比较时请看原文。",
    "Not one category of disputes (property, marriage…), not one mediation room's count; a screening count is usually far larger than a mediated one, so check the sentence before comparing.",
  ),
  "mediation.resolved": m(
    "人民调解成功(调解成功、调处成功)的纠纷件数。",
    "Disputes resolved by people's mediation (调解成功, 调处成功).",
    "不是受理或排查的件数。",
    "Not the number of disputes taken up or screened.",
  ),
  "mediation.success_rate": m(
    "调解成功的纠纷占调解纠纷的百分比;只给件数时由成功数除以纠纷数计算,并标为“计算”。",
    "Disputes resolved as a percentage of disputes mediated; when only counts are given, resolved ÷ disputes, marked derived.",
    "不是同比变化,不是某一类纠纷的成功率。",
    "Not a change on last year, not one category's rate.",
  ),
  "mediation.committees": m(
    "辖区内人民调解委员会的个数(现有数)。",
    "People's mediation committees in the area (a stock, as it stands).",
    "写明包括调解室、工作室、调解小组或调解中心的“调解组织”总数不计入。",
    "Not a count of 调解组织 that says it includes rooms, studios, groups or centres that are not committees.",
  ),
  "mediation.mediators": m(
    "辖区内人民调解员的人数(现有数)。",
    "People's mediators in the area (a stock).",
    "不含培训人次。",
    "Not attendances at training.",
  ),
  "normative_docs.issued": m(
    "一年内制定、发布的行政规范性文件件数。以政府名义(本级)和全辖区各级(全域)常常分别报告,是两个数值,各标其范围。",
    "Normative documents drafted and issued in the year. Reports often give the government's own (own) and the whole area's, all levels (area): two figures, each labelled with its scope.",
    "不含备案审查的件数,不含某一部门的件数。",
    "Not documents filed for review, not one department's documents.",
  ),
  "normative_docs.filed": m(
    "报送备案或备案审查的行政规范性文件件数。",
    "Normative documents submitted for filing or reviewed on filing.",
    "不是制定、发布的件数。",
    "Not the number issued.",
  ),
  "legality_review.items": m(
    "合法性审查的决策事项、文件和合同的件数。",
    "Decisions, documents and contracts given a legality review.",
    "不含某一类(如招商引资合同)的件数。",
    "Not one category alone (such as investment contracts).",
  ),
  "legal_advisors.count": m(
    "政府聘请的法律顾问人数。",
    "Legal advisers retained by the government.",
    "不含公职律师。",
    "Not public-sector lawyers.",
  ),
  "public_lawyers.count": m(
    "辖区内公职律师的人数(现有或新发展)。",
    "Public-sector lawyers in the area (in post, or newly admitted as the report says).",
    "不含政府法律顾问。",
    "Not legal advisers retained from outside.",
  ),
  "enforcement.case_files_reviewed": m(
    "行政执法案卷评查的案卷数(宗、卷、份)。",
    "Enforcement case files examined in case-file reviews (宗, 卷, 份).",
    "不含某一天或某一部门的评查。",
    "Not one day's or one department's review.",
  ),
  "enforcement.officers_trained": m(
    "参加培训的行政执法人员人数,常按人次计。",
    "Enforcement officers trained, often counted per attendance (人次).",
    "不含其他培训对象。",
    "Not other trainees.",
  ),
  "legal_education.events": m(
    "普法宣传活动的场次。",
    "Legal education events held.",
    "不含受众人数或发放材料份数。",
    "Not the number of people reached or materials handed out.",
  ),
  "transparency.disclosures": m(
    "主动公开的政府信息条数。",
    "Items of government information published proactively.",
    "不含依申请公开的件数。",
    "Not information released on request.",
  ),
  "transparency.requests": m(
    "办理的政府信息公开申请件数。",
    "Requests for government information handled.",
    "不含主动公开的条数;不是与信息公开有关的复议或诉讼。",
    "Not proactive disclosures; not reconsideration or suits about disclosure.",
  ),
  "supervision.npc_proposals": m(
    "办理的人大代表建议(及议案)件数。",
    "Suggestions (and motions) of people's congress deputies handled.",
    "不含政协提案。",
    "Not CPPCC members' proposals.",
  ),
  "supervision.cppcc_proposals": m(
    "办理的政协委员提案件数。",
    "Proposals of CPPCC members handled.",
    "不含人大代表建议。",
    "Not people's congress deputies' suggestions.",
  ),
};

/** The scope in words, as a label beside a figure: 全域 Whole area / 本级政府 Government itself. */
export function scopeInWords(scope: Scope): Bilingual {
  return SCOPE_LABEL[scope];
}

/** Which scope the catalogue assumes, in a sentence. */
export function defaultScopeSentence(def: IndicatorDefinition): Bilingual {
  const label = SCOPE_LABEL[def.defaultScope];
  return {
    zh: `原文未说明范围时按“${label.zh}”记录;同一年两种范围的数值分别标明。`,
    en: `Recorded as “${label.en}” when the wording does not say; a year's figures at both scopes are each labelled.`,
  };
}

/**
 * The definition as one line per language, for the pages' definitions (DefinitionNotes, shown
 * beside an indicator's name by DefinitionTip) and for the CSV's documentation.
 */
export function definitionText(key: string): Bilingual | null {
  const def = getIndicator(key);
  const meaning = DEFINITIONS[key];
  if (!def || !meaning) return null;
  const scope = defaultScopeSentence(def);
  return {
    zh: `${def.zh}:${meaning.counts.zh}不计:${meaning.excludes.zh}${scope.zh}`,
    en: `${def.en}: ${meaning.counts.en} Not counted: ${meaning.excludes.en} ${scope.en}`,
  };
}

export const DEFINITIONS_CSV_COLUMNS = ["key", "group", "indicatorZh", "indicatorEn", "unit", "defaultScope", "definitionZh", "definitionEn"];

/** The catalogue as the CSV's codebook: one row per indicator with its definition in both languages. */
export function definitionRows(): Record<string, string>[] {
  return INDICATORS.map((def) => {
    const text = definitionText(def.key);
    return {
      key: def.key, group: def.group, indicatorZh: def.zh, indicatorEn: def.en, unit: def.unit, defaultScope: def.defaultScope,
      definitionZh: text?.zh ?? "", definitionEn: text?.en ?? "",
    };
  });
}

import { near, STOCK_LINK, type Rule } from "./types";

// 人民调解: disputes handled (调解/调处/排查/发生), those resolved, the success rate, and the
// standing committees and mediators. Special-purpose bodies (驻所调解室, a trade committee) are
// sub-units; trained or newly added mediators are not the number of mediators.
const DISPUTES = ["件", "起", "宗"] as const;
const NOT_MEDIATION = /信访|诉讼|诉前|复议|仲裁|劳动|法律援助|警情|法院|涉疫|行政调解|公证|援助|公安|综治/;

export const mediationRules: Rule[] = [
  {
    kind: "count",
    key: "mediation.disputes",
    units: DISPUTES,
    forms: [
      // 排查化解矛盾纠纷8,652件 counts what was handled; so does 化解矛盾纠纷417242件 with its object
      // named (调解成功410942件 follows it); 化解 alone before the number (化解98件) may mean resolved
      { lead: near("(?:排查|调解|调处|受理|发生|办理|摸排|收案)(?:化解)?[^、,;]{0,10}(?:纠纷|矛盾|调解案件)", 3), topic: "mediation" },
      // (排查矛盾纠纷1200件,化解矛盾纠纷1180件,化解率98.3%: after a count of disputes, or before a 化解率, it is what was
      // resolved of them, no second count)
      {
        lead: near("(?<!成功)化解(?:各类|各种)?(?:矛盾纠纷|矛盾|纠纷)", 1),
        topic: "mediation",
        sentence: /^(?![^。]*(?:排查|调解|调处|受理|摸排|收案)[^,;。\d]{0,10}(?:纠纷|矛盾|案件)[^,;。\d]{0,4}\d)/,
        ahead: /^(?![^。]{0,4}化解率)/,
      },
      // 调处490件: the verb right before the number, its object inherited
      { lead: near("(?:排查|调解|调处|摸排|受理|收案)(?:各类)?", 0), topic: "mediation" },
    ],
    exclude: new RegExp(`成功|(?<!排查|调处|调解|摸排)化解(?!(?:各类|各种)?(?:矛盾纠纷|矛盾|纠纷))|${NOT_MEDIATION.source}`),
  },
  {
    kind: "count",
    key: "mediation.resolved",
    units: DISPUTES,
    forms: [{ lead: near("(?:调解|调处|化解)成功|成功(?:调解|调处|化解)", 8), topic: "mediation" }, { lead: near("成功", 1), topic: "mediation" }],
    exclude: NOT_MEDIATION,
  },
  { kind: "rate", key: "mediation.success_rate", term: /(?:调解|调处)?成功率/, topic: "mediation", exclude: NOT_MEDIATION },
  {
    kind: "count",
    key: "mediation.committees",
    units: ["个", "家"],
    // 人民调解组织 N个 is the committees' count unless the text says they include other bodies
    // (docs/indicators.md, "Rules settled from real text")
    forms: [
      { trail: /^(?:基层)?(?:人民调解委员会|调委会|人民调解组织)/ },
      { lead: near(`(?:人民调解委员会|调委会|人民调解组织)${STOCK_LINK}`, 0) },
    ],
    // 村(社区)调委会, 乡镇调委会: one kind of committee, a part of the whole
    exclude:
      /行业|专业|新建|新成立|成立|新增|组建|调整|充实|换届|设在|设于|医疗|婚姻|交通|企业|商会|驻所|调解室|工作室|规范化|标准化|示范|枫桥|品牌|星级|达标|达到了?“|[县乡村]级|[村居镇乡街道区](?:\([^()]{0,6}\))?(?:人民)?(?:调委会|调解委员会|调解组织)/,
  },
  {
    kind: "count",
    key: "mediation.mediators",
    units: ["名", "人", "位"],
    forms: [
      // 2.5万人民调解员, 一支6万余人的人民调解员队伍
      { trail: /^的?(?:人民|专兼职|专兼职人民)?调解(?:员|人员)/ },
      { lead: near(`(?:人民)?调解(?:员|人员)${STOCK_LINK}`, 0) },
    ],
    // 一级调解员535名, 评定等级调解员2783名: one grade of mediators, or those graded, a part of them
    exclude: /(?<!兼)专职(?!兼)|(?<!专)兼职|培训|参加|参训|优秀|表彰|首席|金牌|[一二三四五]级|等级|评定|命名|新增|新聘|选聘|聘请|调整|充实|补选|换届|发展(?![到至])|业务|(?<!城)[村居镇乡](?:\([^()]{0,6}\))?级?(?:人民)?调解(?:员|人员)/,
  },
];

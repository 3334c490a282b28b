import { near, STOCK_LINK, type Rule } from "./types";

// Counts of people: the government's legal advisers and the area's public-sector lawyers. The
// noun must stand next to the number (聘请法律顾问6名 / 21名公职律师); a combined figure, new
// admissions and people honoured or trained are something else.
const PEOPLE = ["名", "人", "位"] as const;

export const peopleRules: Rule[] = [
  {
    kind: "count",
    key: "legal_advisors.count",
    units: PEOPLE,
    forms: [
      { lead: near(`法律顾问(?:团)?${STOCK_LINK}`, 0) },
      { trail: /^(?:政府|常年|专职|专家)?法律顾问/ },
      // 区政府兼职政府法律顾问由5名法学专家、15名执业律师共20人组成: the members listed, then their sum
      { lead: near("(?:共|合计|总计)", 0), trail: /^组成/, sentence: /法律顾问(?:团|队伍)?由/ },
    ],
    // 检察院、执法部门骨干及法律顾问27人: a mixed group, not the advisers
    // (a 、 right after the previous figure separates list items: 公司律师15人、法律顾问…)
    exclude: /村|社区|居|企业|公职律师|律师事务所|列席|出具|意见|新增|培训|参加|优秀|(?<!^)(?:及|和|与|、|以及)(?:政府)?法律顾问(?:共)?$/,
  },
  {
    kind: "count",
    key: "public_lawyers.count",
    units: PEOPLE,
    forms: [{ lead: near(`公职律师${STOCK_LINK}`, 0) }, { trail: /^公职律师/ }],
    exclude: /(?<!^)(?:及|和|与|、|以及)公职律师(?:共)?$|法律顾问|新申请|申请|新增|培训|参加|参训|优秀|表彰|被选|评为|选为|考核|办理|公司律师|村|社区|律师事务所/,
  },
];

import { near, type CountForm, type Rule } from "./types";

// 规范性文件 and 合法性审查. Documents cleaned up, repealed or merely in force are not issued
// ones; a department's or a town's documents are sub-units; legislation (规章, 地方性法规) is
// not a normative document.
const DOCUMENTS = ["件", "份", "个", "部"] as const;
// (印发并公开的…文件17件 is issued: 公开 after 印发 is how they were issued)
const NOT_ISSUED = /清理|废止|废除|修改|修订|审查|审核|备案|报备|现行有效|有效|失效|征求|(?<!并)公开|解读|评估|纠正|撤销|部门|乡镇|街道|政策性文件|规章|地方性法规|草案|起草|计划/;

// 区政府法律顾问共审查重大行政决策1件, 全区法律顾问为各部门单位审查…329件, 依托政府法律顾问作用,全年共审核…11件: what the
// legal advisers did, the subject of the review's clause or relied on just before it, is one group's work, not the
// government's legality review (gathered/544, 1372, 1583: no label takes it). Advisers hired or named in a mechanism in an
// earlier clause (聘请法律顾问两名,全年审查…27件; 法律顾问复审…三级审核机制,全年审查…) are no subject; 法律顾问室/处 is an office
// of the government that reviews for it.
const NOT_BY_ADVISERS = /^(?![\s\S]*(?:法律顾问(?![室处])[^,;。]*$|依托[^,;。]*法律顾问[^,;。]*[,;][^,;。]*$))/;

export const documentRules: Rule[] = [
  {
    kind: "count",
    key: "normative_docs.issued",
    units: DOCUMENTS,
    forms: [
      { lead: near("(?:制定|制发|发布|出台|印发)[^、,;]{0,14}规范性文件", 3) },
      { lead: near("(?:新制发|新制定|新出台|新发布|制发|制定|出台|发布|印发)", 1), topic: "normative" },
    ],
    exclude: NOT_ISSUED,
  },
  {
    kind: "count",
    key: "normative_docs.filed",
    units: DOCUMENTS,
    forms: [
      { lead: near("(?:备案|报备)[^,;]{0,24}规范性文件", 3) },
      { lead: near("规范性文件[^、,;]{0,10}(?:备案|报备)(?:审查)?", 3) },
      { lead: near("备案(?:审查)?", 2), topic: "normative" },
      // 3件政府规范性文件全部向市政府和县人大分别备案
      { trail: /^(?:[省市区县]?(?:人民)?政府|行政)?规范性文件[^,;。]{0,20}(?:备案|报备)/ },
    ],
    // 准予备案36件, 改正后准予备案2件: outcomes of the review, parts of what was filed
    exclude: /报备率|及时率|规范率|纠错|撤销|不予备案|准予|予以备案|改正|退回|纠正|清理/,
  },
  {
    kind: "count",
    key: "legality_review.items",
    units: ["件", "份", "个", "项", "次", "条"],
    // every form, read only where the legal advisers are not the review's subject
    forms: (
      [
        // 审查县政府重大行政决策、行政规范性文件及合同协议等286件: the list may hold list breaks
        { lead: near("(?:合法性)?(?:审查|审核)(?:了)?(?:各类|各项)?[^,;]{0,24}(?:文件|决策|事项|议题|合同|协议)", 3) },
        { lead: near("合法性(?:审查|审核)", 2) },
        // 对…合同协议等进行合法性审查235件: the nouns first, the review last
        { lead: near("(?:文件|决策|事项|议题|合同|协议)[^,;]{0,10}(?:进行|开展)(?:了)?(?:合法性)?(?:审查|审核)", 1) },
        { trail: /^[^、,;]{0,6}(?:文件|决策|事项|合同|议题|协议)(?:进行|开展)?(?:了)?(?:合法性)?(?:审查|审核)/ },
        // 完成287件市政府重大行政决策事项、行政规范性文件和相关协议的合法性审查
        { lead: near("完成|开展|进行|办理", 1), rest: /^[^,;。]{0,40}?(?:文件|事项|合同|议题|协议)[^,;。]{0,4}合法性(?:审查|审核)/ },
        // 出具合法性审查意见书160份: each opinion is one item reviewed
        { lead: near("合法性(?:审查|审核)意见(?:书)?", 0) },
      ] satisfies CountForm[]
    ).map((form) => ({ ...form, sentence: NOT_BY_ADVISERS })),
    // 党委、政府文件: the party's documents with the government's, not the government's review
    // (审查县区规范性文件14件: the lower governments' documents, reviewed as they are filed)
    exclude: /备案|清理|公平竞争|评查|案卷|执法|法制审核|信访|审计|采购|招标|审批|资格|证件|考试|党内|党委|法规|规章|立法|公示|政务服务|证明事项|权责|县区|区县|县\(市、?区\)|下级/,
  },
];

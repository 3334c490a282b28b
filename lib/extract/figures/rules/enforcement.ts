import { near, type Rule } from "./types";

// 行政执法: case files reviewed (评查), officers trained. Exams, certificates and auxiliary staff
// are not training; problems found in files are not files reviewed.
export const enforcementRules: Rule[] = [
  {
    kind: "count",
    key: "enforcement.case_files_reviewed",
    units: ["宗", "卷", "份", "件", "本", "个"],
    forms: [
      { lead: near("(?:案卷|卷宗)[^、,;]{0,6}(?:评查|抽查)(?:了)?", 2) },
      // 抽查行政处罚、行政许可案卷420卷: the kinds of files may be listed
      { lead: near("(?:评查|抽查|抽取|调阅)[^,;]{0,16}(?:案卷|卷宗)(?:共计|共|合计)?", 2) },
      { trail: /^[^、,;]{0,8}(?:案卷|卷宗)[^、,;]{0,6}(?:评查|抽查)/ },
      // 抽查行政执法案件254宗, 随机抽查了1500余宗行政执法案卷: the files drawn for review, named before or after the number
      { lead: near("(?:评查|抽查|抽取|调阅)(?:了)?(?:行政)?执法案件", 0) },
      { lead: near("(?:评查|抽查|抽取|调阅)(?:了)?", 0), trail: /^[^、,;]{0,8}(?:案卷|卷宗)/ },
    ],
    // (评查培训会刚讲解完2个案卷: files shown at a training session, not the review's)
    exclude: /优秀|不合格|问题|整改|发现|合格率|优良|示范|培训会|讲解/,
  },
  {
    kind: "count",
    key: "enforcement.officers_trained",
    units: ["名", "人"],
    forms: [
      { trail: /^(?:行政)?执法(?:人员|队员)[^、,;]{0,24}(?:培训|轮训)/ },
      { lead: near("(?:参训|参加培训的?)(?:行政)?执法(?:人员|队员)", 1) },
      { lead: near("(?:培训|轮训)(?:了)?(?:各级|全区|全市|全县|全省)?(?:行政)?执法(?:人员|队员)", 1) },
      { lead: near("(?:行政)?执法人员(?:参加|参训)?(?:培训|轮训)", 1) },
      // 开展行政执法人员岗前培训、行政执法知识培训,共计约600人参加: those who attended, counted after the training named
      { lead: /(?:共计|共有|共)约?$/, trail: /^(?:次)?参加/, sentence: /(?:行政)?执法人员[^。]{0,30}(?:培训|轮训)[^。]*$/ },
    ],
    exclude: /考试|资格|申领|审验|持证|证件|通过|辅助|协管|新招录|新入职/,
  },
];

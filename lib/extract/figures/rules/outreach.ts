import { near, type Rule } from "./types";

// 普法 events, government information disclosed and requested, and NPC / CPPCC proposals.
// Leaders' study sessions, cadre training and theory talks (宣讲) are not 普法 events (the
// labelling convention).
// training (法治宣传教育培训30次) is no 普法宣传活动; one kind in a list of them (讲座、培训、宣传580余场) is
const NOT_OUTREACH_EVENT = /习近平法治思想|学法|中心组|理论学习|宣讲|干部|领导|党员|公职人员|国家工作人员|会前|旁听|庭审|考试|述法|累计|(?<![、和及与])培训(?![、和及与])/;
// 村(居)法律顾问…开展法治宣传300余次, 1334名法律明白人…开展法治宣传, 邀请律师…开展讲座2次: one group's events, some of the
// place's (gathered/942, 1075, 1406, 1461; pages/234 leaves it undecided)
const NOT_BY_ONE_GROUP = /^(?![\s\S]*(?:村\(?居\)?法律顾问|村居法律顾问|法律明白人|法律服务工作者|(?<!公职)律师(?!事务所)))/;
// (制作、获取政府信息总数1873条: what was made, not what was disclosed; 其他应主动公开的信息: one more category;
// 不予公开信息数1854条: what was withheld)
// (政府文件、政策解读等共计3800余条: categories a total is said to include, with 等, name no part)
const CATEGORY_OF_INFORMATION = /(?:不予|免予|不)公开|(?:权力运行|执法|许可|处罚|财政|预算|决算|双公示|招标|采购|人事|依申请|回应|解读|答复|政策|公示|信用|目录(?!管理系统|系统|平台)|年报|申请|制作|获取|其他)(?![^,;。]*等(?:各类)?(?:政府)?信息|[^,;。]*等(?:共计|合计|总计|共))/;

// 政务微信平台共发布信息6348条, 微信公众号转载发布…, 县级融媒体平台共发布信息…, 法治宣传公众平台发布信息…: one new-media
// or publicity channel's releases
const NOT_THROUGH_NEW_MEDIA = /^(?![\s\S]*(?:微信|微博|公众号|客户端|抖音|头条号|视频号|新媒体|融媒体|公众平台|宣传)[^。;,]*$)/;

// 已全部办结 / 全部办复 / 已全部办理完毕并答复: every one of them handled
const ALL_HANDLED = /全部(?:依法)?(?:按期)?(?:办结|办复|办理|答复)/;
// …共提出建议973件,目前已全部依法按期办结: said of this figure, in its own sentence (代表共提出建议856件。…778件建议
// 已全部办理完毕 is said of another)
const HANDLED_IN_SENTENCE = new RegExp(`^[^。]{0,30}${ALL_HANDLED.source}`);
// (立案361件,…已全部办复 within the sentence or the next one's first words)
const HANDLED_NEAR = new RegExp(`^[^。]{0,60}${ALL_HANDLED.source}`);
// (立案276件,立案率90.5%。其中,党派团体提案25件…。所有提案全部按期办结: a breakdown between them is no other subject)
const ALL_PROPOSALS_HANDLED = new RegExp(`^[^。]*。?(?:\\s*其中[^。]*。)?[^。]{0,60}?提案(?:[^。\\d]{0,16}?[,，])?(?:已|均)?${ALL_HANDLED.source}`);
// 按提案主体分,委员提案304件,集体提案41件: the members' own proposals beside the bodies' are one category of them
const BY_PROPOSER = "(?:集体提案|界别提案|(?:党派|团体|专委会|专门委员会)[^。,;]{0,8}提案)";
const NOT_BY_PROPOSER = new RegExp(`^(?![\\s\\S]*${BY_PROPOSER})`);
const NO_PROPOSER_AHEAD = new RegExp(`^(?![^。]*${BY_PROPOSER})`);
// 市人大代表…, 人大…会议期间: the deputies' suggestions of a session, not the standing committee reviewing a report
const DEPUTIES_AT_A_SESSION = /^(?![\s\S]*(?:常委会组成人员|常委会委员|审议|执法检查|视察))[\s\S]*(?:代表|会议期间)/;

// a sentence on the congress's suggestions and the conference's proposals handled together
const SUGGESTIONS_AND_PROPOSALS = /人大[^。]{0,30}政协[^。]{0,20}建议(?:和|及|与|、)提案|人大[^。]{0,20}建议[^。]{0,6}(?:和|及|与|、)[^。]{0,10}政协[^。]{0,10}提案/;

export const outreachRules: Rule[] = [
  {
    kind: "count",
    key: "legal_education.events",
    units: ["场", "场次", "次", "期"],
    forms: [{ lead: near("活动|讲座|宣传|普法|报告会|巡讲|法治课|宣传周|宣传月", 4), topic: "legal_education", sentence: NOT_BY_ONE_GROUP }],
    exclude: NOT_OUTREACH_EVENT,
  },
  {
    kind: "count",
    key: "transparency.disclosures",
    units: ["条", "件", "份"],
    // (主动公开政府信息总数达5678条, 主动公开政府信息数共计449条)
    forms: [
      { lead: near("公开[^、,;]{0,10}信息(?:总数|数量|总量|数)?(?:共计|合计|总计|共)?(?:为|达到|达)?", 2) },
      { lead: near("政府信息", 2) },
      // 主动公开各类文件、政策解读等共计3800余条: what was disclosed, listed, then its total
      { lead: near("主动公开[^,;。]{0,24}?等(?:共计|合计|总计|共)", 2) },
      // 主动公开政府文件、政府会议、政务要闻、财政预决算等信息2548条
      { lead: near("主动公开[^,;。]{0,40}?等(?:各类)?(?:政府)?信息", 2) },
      // 门户网站共发布信息24055条, 全年政府门户网站发布各类信息3659条: information released, where nothing is
      // counted as 公开 (../resolve: disclosedOverReleased)
      { lead: near("发布(?:各类)?(?:政府)?信息", 1), sentence: NOT_THROUGH_NEW_MEDIA },
      // 2017年政府网站共更新6918条: the portal's items put up, its releases by another verb
      { lead: near("(?:门户网站|政府网站?)(?:共|全年|累计)?更新(?:各类)?(?:政府)?(?:信息)?", 1), sentence: NOT_THROUGH_NEW_MEDIA },
    ],
    exclude: CATEGORY_OF_INFORMATION,
  },
  {
    kind: "count",
    key: "transparency.requests",
    // (受理180余宗政府信息公开申请: 宗 as Guangdong writes cases)
    units: ["件", "条", "个", "件次", "宗"],
    forms: [
      // (新收依申请公开数量为2件, 收到依申请件927件)
      { lead: near("依申请公开(?:政府信息)?(?:事项|申请|件)?(?:数量|总数)?(?:为|达)?", 2) },
      { lead: near("(?:收到|新收|受理)依申请件", 1) },
      // 收到政府信息申请公开件658件, 收到公开政府信息申请73件
      { lead: near("(?:政府信息申请公开|公开政府信息(?:的)?申请)件?", 2) },
      // 收到公开申请32件 (under 依申请公开方面), 收到有关政府信息公开的(信函)申请7条
      { lead: near("(?:政府)?(?:信息)?公开(?:的)?(?:信函|书面|网上|当面)?申请", 2) },
      // 受理公民、法人和其他组织申请公开政府信息56件
      { lead: near("申请公开(?:政府)?信息(?:的申请)?", 2) },
      // 全年全区共受理申请公开800件, 区政府本级共受理206件 (under 依申请公开): requests taken in, the object named short
      { lead: near("(?:收到|受理|新收|接收)(?:政府信息)?申请公开(?:事项)?", 1) },
      // …区政府本级共受理206件, 本年度新接收91件 (under 依申请公开): the verb right before the number, its object inherited
      // (县长信箱共收到326件群众来信, 受理236件网民留言: a number with its own object after it is something else)
      { lead: near("(?:收到|受理|新收|新接收|接收)", 0), trail: /^(?:$|[,，;；。、(（])/, topic: "transparency" },
      // 共收到10件依申请公开请求
      { lead: near("收到|受理|办理", 1), trail: /^(?:政府信息公开申请|依申请公开(?:政府信息)?(?:请求|申请|事项))/ },
    ],
    // (作为依申请公开信息数46条: information items marked as open on request, not requests made)
    exclude: /答复率|及时率|复议|诉讼|满意|主动公开|作为依申请|依申请公开(?:的)?(?:政府)?信息数/,
  },
  // The labelled reports read unqualified proposal handling as the government's own work
  // (定期向区人大常委会报告工作…办结人大议案建议112件); lib/indicators defaults it to area.
  {
    kind: "count",
    key: "supervision.npc_proposals",
    units: ["件", "条", "个", "份"],
    // 建议 (with 议案 or not): 议案 alone are bills, a different thing (承办人大议案3件)
    forms: [
      { lead: near("人大(?:代表)?(?:议案(?:和|与|及)?)?建议|人大(?:代表)?(?:建议|意见)(?:和|与|及)?议案|代表建议", 2) },
      // 142件人大议案与建议均…办理: the noun after the number
      { trail: /^(?:人大(?:代表)?)(?:议案(?:和|与|及))?(?:建议|意见)/ },
      // 办理区人大、区政协转交的建议和提案224件,其中建议73件、提案151件: the two told apart
      { lead: near("(?:其中|、)建议", 0), sentence: SUGGESTIONS_AND_PROPOSALS },
      // 市政府系统共承办建议757件, 市政府共办理市八届人大三次会议代表意见建议57件: the government's handling
      { lead: near("政府(?:系统)?(?:共)?(?:承办|办理)(?:的)?(?:代表)?(?:意见)?建议", 1) },
      { lead: near("代表意见建议", 2) },
      // the session's suggestions, every one (docs/indicators.md: a session's registered suggestions all
      // handled are the area's): 市人大代表…共提出建议973件, 人大…会议期间代表提出的1258件建议
      // (县人大常委会组成人员在审议中提出建议15条: the standing committee's opinions on a report, no deputies' suggestions)
      { lead: near("(?:共)?提出(?:的)?(?:意见)?建议", 1), sentence: DEPUTIES_AT_A_SESSION, ahead: HANDLED_IN_SENTENCE, defaultScope: "area" },
      { trail: /^(?:代表)?(?:意见)?建议/, sentence: /人大[^。]{0,20}会议(?:期间|以来)[^。]{0,10}$|代表提出的$/, ahead: HANDLED_IN_SENTENCE, defaultScope: "area" },
    ],
    // (办理全国人大代表建议1件: the national congress's deputies, another level's)
    // (办理市、区人大代表建议147件, 各级人大代表建议672件: deputies of several levels together, not the place's congress's)
    exclude: /政协|提案|满意|办复率|见面率|全国人大|全国两会|全国政协|所提问题|所提出的问题|各级人大|[省市区县]、[省市区县](?:两级)?人大|两级人大/,
    defaultScope: "own",
  },
  {
    kind: "count",
    key: "supervision.cppcc_proposals",
    units: ["件", "条", "个", "份"],
    forms: [
      { lead: near("政协(?:提案|建议)(?:建议)?", 2) },
      { lead: near("(?:政协)?委员提案", 2), sentence: NOT_BY_PROPOSER, ahead: NO_PROPOSER_AHEAD },
      // (在立案办复的145件提案中: the ones handled, said again before their parts)
      { lead: /(?:办复|办结|办理)的$/, trail: /^提案中/ },
      // 共提交提案384件,立案361件…已全部办复: the proposals registered, all of them handled, are the
      // conference's (area); registered alone, at the session, they are handed out, not handled
      { lead: near("(?:审查)?立案(?:的)?", 1), sentence: /提案/, ahead: HANDLED_NEAR, defaultScope: "area" },
      // (经审查,立案236件,…。…提案已全部办结: the proposals, all of them, in the next sentence; 其中重点提案28件已全部办复 is
      // some of them)
      { lead: near("(?:审查)?立案(?:的)?", 1), ahead: ALL_PROPOSALS_HANDLED, defaultScope: "area" },
      // 145件提案全部办复, 257件政协提案全部按时办结
      // (267件提案中交由政府系统办理251件: the total said again before its part)
      // (659件提案获立案: registered, not yet handled; 确立6件提案作为重点提案: some chosen; 立案576件提案全部办复 is read above)
      { trail: /^(?:政协(?:委员)?)?提案(?!中|[^,;。]{0,4}单位|获?立案|作为)/ },
      { lead: near("(?:其中|、)提案", 0), sentence: SUGGESTIONS_AND_PROPOSALS },
      // 共提交提案1062件,共立案1002件,已办复995件: the ones answered, of those registered, by every body that handled them
      { lead: near("(?:已|均已|共)(?:办复|办结)", 0), sentence: /提案/, defaultScope: "area" },
    ],
    // (47件提案所提问题已经解决: the proposals whose issue was solved, some of them; 区政协建议案2件: the conference's
    // motions as a body, no members' proposals)
    exclude: /人大|代表建议|满意|办复率|见面率|全国政协|全国两会|所提问题|所提出的问题|建议案|各级政协|[省市区县]、[省市区县](?:两级)?政协|两级政协/,
    defaultScope: "own",
  },
];

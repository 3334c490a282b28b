import type { Ctx, Sentence } from "./context";

/**
 * Figures that must NOT become values: year-over-year changes, last year's figures, sub-units'
 * figures, counts outside the catalogue, and the next year's targets. Real reports are full of
 * them, usually right beside the figures that are values.
 */
const TOWNS = ["城关镇", "城东街道", "城南街道", "城西街道", "新华街道", "人民路街道", "东风街道", "解放街道", "建设路街道", "城北街道", "龙泉镇", "太平镇", "永安镇", "长安镇", "青山镇", "白沙镇", "石桥镇", "河口镇", "新城街道", "滨江街道"];
const DEPARTMENTS = ["市场监管局", "城市管理局", "生态环境局", "交通运输局", "自然资源局", "人力资源和社会保障局", "综合行政执法局", "卫生健康委员会", "应急管理局", "农业农村局", "住房和城乡建设局"];

export const town = (c: Ctx) => c.pick(TOWNS);
export const department = (c: Ctx) => `${c.w.U}${c.pick(DEPARTMENTS)}`;

/** 同比增长12% / 较上年减少13件 / 比上年提高2.1个百分点 */
export function change(c: Ctx, unit: string): string {
  const up = c.chance(0.6);
  return c.pick([
    () => `同比${up ? "增长" : "下降"}${c.xr(c.rng.uniform(1, 40))}`,
    () => `较上年${up ? "增加" : "减少"}${c.x(c.rng.uniform(2, 60), 0)}${unit}`,
    () => `比上年${up ? "上升" : "下降"}${c.xr(c.rng.uniform(1, 30))}`,
  ])();
}

/** last year's figure: 上年为327件 */
export function previous(c: Ctx, near: number, unit: string): string {
  return c.pick([`上年为${c.x(near * c.rng.uniform(0.8, 1.2), 0)}${unit}`, `${c.w.Y - 1}年为${c.x(near * c.rng.uniform(0.8, 1.2), 0)}${unit}`]);
}

/** counts that look like indicators but are not in the catalogue, per theme */
export function otherCounts(c: Ctx, theme: string): Sentence | null {
  const { G, A, U } = c.w;
  const x = (lo: number, hi: number) => c.x(c.rng.uniform(lo, hi));
  const options: Record<string, (() => Sentence)[]> = {
    leadership: [
      () => `${G}常务会议专题学法${c.x(c.rng.uniform(4, 16), 0)}次,组织领导干部法治专题培训${c.x(c.rng.uniform(2, 8), 0)}期,培训干部${x(300, 3000)}人次。`,
      () => `召开${U}委常委会会议、${G}常务会议研究法治政府建设工作${c.x(c.rng.uniform(4, 25), 0)}次。`,
      () => `将法治政府建设工作任务细化为${c.x(c.rng.uniform(20, 60), 0)}项具体举措,逐项明确责任单位。`,
    ],
    functions: [
      () => `全年新登记市场主体${x(3000, 90000)}户,政务服务事项全程网办率达到${c.xr(c.rng.uniform(90, 99.9))}。`,
      () => `取消证明事项${c.x(c.rng.uniform(10, 80), 0)}项,${c.x(c.rng.uniform(50, 900), 0)}个政务服务事项实现“一网通办”。`,
      () => `12345政务服务便民热线受理群众诉求${x(5000, 200000)}件,办结率${c.xr(c.rng.uniform(95, 99.9))}。`,
    ],
    enforcement: [
      () => `推行包容审慎监管,对轻微违法行为依法不予处罚案件${x(30, 900)}件。`,
      () => `${c.x(c.rng.uniform(100, 2000), 0)}人参加行政执法人员资格考试,考试合格率${c.xr(c.rng.uniform(85, 99))}。`,
    ],
    disputes: [
      () => `办理法律援助案件${x(200, 5000)}件,提供法律咨询${x(2000, 40000)}人次。`,
      () => `受理信访事项${x(200, 8000)}件,按期办结率${c.xr(c.rng.uniform(95, 100))}。`,
    ],
    education: [
      () => `创建民主法治示范村(社区)${c.x(c.rng.uniform(5, 120), 0)}个,培养“法律明白人”${x(500, 20000)}名。`,
      () => `${A}${x(5000, 60000)}名国家工作人员参加学法用法考试,参考率100%。`,
    ],
    supervision: [
      () => `完成审计项目${c.x(c.rng.uniform(10, 60), 0)}个,发现问题${c.x(c.rng.uniform(50, 400), 0)}个,提出审计建议${c.x(c.rng.uniform(30, 200), 0)}条。`,
      () => `回应社会关切${x(100, 3000)}条,发布政策解读${x(30, 600)}篇。`,
    ],
  };
  const list = options[theme];
  return list ? c.pick(list)() : null;
}

/** the next year's plan: targets in the catalogue's own words, never values */
export function targets(c: Ctx): string[] {
  const { A } = c.w;
  const all = [
    `力争行政机关负责人出庭应诉率保持100%`,
    `确保行政规范性文件合法性审核率达到100%`,
    `全年培训行政执法人员不少于${c.x(c.rng.uniform(300, 5000), 0)}名`,
    `力争行政复议综合纠错率下降至${c.x(c.rng.uniform(5, 15), 0)}%以内`,
    `确保${A}调解成功率达到98%以上`,
    `全年开展普法宣传活动不少于${c.x(c.rng.uniform(100, 3000), 0)}场次`,
    `力争${A}公职律师达到${c.x(c.rng.uniform(30, 500), 0)}名`,
    `确保行政复议案件结案率达到95%以上`,
    `评查行政执法案卷不少于${c.x(c.rng.uniform(100, 2000), 0)}卷`,
    `确保法院生效判决履行率100%`,
    `力争主动公开政府信息${c.x(c.rng.uniform(1000, 30000), 0)}条以上`,
  ];
  return c.rng.sample(all, c.rng.int(2, 5));
}

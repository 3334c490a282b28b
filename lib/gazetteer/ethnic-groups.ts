// The 55 recognised minority nationalities, as they appear inside names of autonomous areas
// (昌吉回族自治州, 巴音郭楞蒙古自治州, 湘西土家族苗族自治州): stripping them gives the short name
// people write (昌吉州, 巴州 is not derivable and is left to the text, 湘西州).
// Names of one character only ever appear with 族 (回族, 藏族), longer ones also without it (蒙古, 维吾尔).
export const ETHNIC_GROUPS: readonly string[] = [
  "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
  "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
  "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
  "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
  "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
];

// Names in an article's text that look like places regions.yaml lacks, for the
// message that asks a curator to add one (docs/adding-a-page.md, step 2). Chinese
// text has no spaces, so a name is read back from its administrative suffix
// (区, 县, 市, 州, 旗, 镇): the characters before it, extended one at a time
// while every occurrence shares the next one to the left (荆州区 ×9 with
// different characters before each stops at 荆州区). It is a hint, never a
// decision: the place an article is filed under is still regions.yaml's.
import type { RegionMatcher } from './blocks-to-articles.ts';

/** The shortest name for each suffix: 沛县 and 荆州 have one character before it, 蜀山区 and 唐村镇 two. */
const MIN_LENGTH: Record<string, number> = { 区: 3, 县: 2, 市: 3, 州: 2, 旗: 3, 镇: 3 };
const SUFFIX = new RegExp(`[${Object.keys(MIN_LENGTH).join('')}]`, 'g');
const LONGEST = 6;

/**
 * Words that end like a place and are not one: parks and zones (园区, 开发区),
 * generic nouns (智慧城市, 上市, 乡镇, 红旗) and pronoun-like openings (全市, 本县).
 * Endings real names share are left out (邹城市, 宜都市, 荆门市, 西湖区, 浦东新区).
 */
const NOT_A_PLACE = new RegExp(
  `(?:${[
    '园区',
    '主城区',
    '老城区',
    '中心城区',
    '景区',
    '社区',
    '地区',
    '小区',
    '辖区',
    '片区',
    '街区',
    '矿区',
    '厂区',
    '校区',
    '贫困山区',
    '偏远山区',
    '库区',
    '国有林区',
    '牧区',
    '革命老区',
    '城市新区',
    '港区',
    '功能区',
    '示范区',
    '试验区',
    '实验区',
    '先行区',
    '集聚区',
    '核心区',
    '中心区',
    '合作区',
    '开发区',
    '工业区',
    '保税区',
    '自贸区',
    '高新区',
    '经开区',
    '产业区',
    '服务区',
    '管理区',
    '智慧城市',
    '文明城市',
    '宜居城市',
    '中心城市',
    '节点城市',
    '试点城市',
    '卫生城市',
    '园林城市',
    '海绵城市',
    '县级城市',
    '地级城市',
    '一线城市',
    '二线城市',
    '大城市',
    '上市',
    '超市',
    '大都市',
    '股市',
    '楼市',
    '车市',
    '夜市',
    '集市',
    '城镇',
    '乡镇',
    '集镇',
    '小镇',
    '村镇',
    '重镇',
    '强镇',
    '名镇',
    '古镇',
    '市县',
    '区县',
    '郡县',
    '强县',
    '大县',
    '示范县',
    '贫困县',
    '百强县',
    '自治州',
    '红旗',
    '国旗',
    '党旗',
    '彩旗',
    '锦旗',
    '军旗',
    '全市',
    '全区',
    '全县',
    '全州',
    '全镇',
    '本市',
    '本区',
    '本县',
    '该市',
    '该区',
    '该县',
    '我市',
    '我区',
    '我县',
    '各市',
    '各区',
    '各县',
  ].join('|')})$|^(?:全|本|该|我|各|每|此|其|两|多|市|区|县|省)`,
);

/**
 * Characters no name holds: function words and time words (在荆州区, 2022年荆州区).
 * Only those no common place name holds: 都 (宜都), 同 (大同), 于 (于都), 如 (如皋) are not among them.
 */
const BOUNDARY = /[在的与及对向到把被由是了等让使给据这也就还又并而或但年月日]/;
/** Where a longer name stops growing, and what it never starts with: also 和 and a containing place's suffix (湖北省荆州区, 荆州市沙市区). */
const STOP = /[在的与及对向到把被由是了等让使给据这也就还又并而或但年月日和省市区县]/;

/** A province's short name before a place (湖北荆州区) belongs to the province, not the place. */
const PROVINCES = [
  '北京',
  '天津',
  '上海',
  '重庆',
  '河北',
  '山西',
  '辽宁',
  '吉林',
  '黑龙江',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '海南',
  '四川',
  '贵州',
  '云南',
  '陕西',
  '甘肃',
  '青海',
  '台湾',
  '内蒙古',
  '广西',
  '西藏',
  '宁夏',
  '新疆',
];

const isHan = (c: string | undefined) => c !== undefined && /[\u4E00-\u9FFF]/.test(c);

function occurrences(text: string, name: string): number {
  let n = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) n++;
  return n;
}

/**
 * Names the text prints at least twice that look like places (ending in
 * 区/县/市/州/旗/镇) and that no region of regions.yaml names, most frequent
 * first. A name inside a longer one found (荆州 in 荆州区) counts only where
 * it stands alone.
 */
export function unknownPlaceNames(text: string, regions: RegionMatcher[], minCount = 2): { name: string; n: number }[] {
  const known = regions.flatMap((r) => r.match);
  const found = new Set<string>();
  for (const m of text.matchAll(SUFFIX)) {
    const end = m.index + 1;
    // 市场, 区域, 县域 are words of their own, not a name's end.
    if (/[场域]/.test(text[end] ?? '')) continue;
    const min = MIN_LENGTH[m[0]]!;
    let start = end - min;
    if (start < 0) continue;
    const candidate = (from: number) => text.slice(from, end);
    const clean = (from: number) => [...text.slice(from, end - 1)].every((c) => isHan(c) && !BOUNDARY.test(c));
    // A name neither holds a function word nor starts with a place's suffix (市沙市 in 荆州市沙市区).
    if (!clean(start) || STOP.test(text[start]!)) continue;
    const n = occurrences(text, candidate(start));
    if (n < minCount) continue;
    // Extend left while every occurrence shares the character before.
    while (
      end - start < LONGEST &&
      start > 0 &&
      isHan(text[start - 1]) &&
      !STOP.test(text[start - 1]!) &&
      occurrences(text, candidate(start - 1)) === n
    )
      start--;
    let name = candidate(start);
    const province = PROVINCES.find((p) => name.startsWith(p) && name.length - p.length >= min);
    if (province) name = name.slice(province.length);
    if (NOT_A_PLACE.test(name)) continue;
    if (known.some((k) => name.includes(k) || k.includes(name))) continue;
    found.add(name);
  }
  // Each occurrence belongs to the longest name found there (荆州区, not also 荆州).
  const names = [...found].sort((a, b) => b.length - a.length);
  const taken: [number, number][] = [];
  const counts: { name: string; n: number }[] = [];
  for (const name of names) {
    let n = 0;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (taken.some(([a, b]) => at < b && at + name.length > a)) continue;
      taken.push([at, at + name.length]);
      n++;
    }
    if (n >= minCount) counts.push({ name, n });
  }
  return counts.sort((a, b) => b.n - a.n || a.name.localeCompare(b.name, 'zh'));
}

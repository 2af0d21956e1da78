// What the draft proposes for a number beyond its value: the measure it
// reports, whose figure it is, and whether it is a figure at all. Each rule
// reads the clause around the number as printed (on its ASCII form) and the
// vocabulary; a person confirms. Pure functions, no file access.
import type { Dimension, UnitFamily } from '../src/domain/schema.ts';
import { unitSpec } from '../src/domain/units.ts';
import { FAMILIES_OF } from './checks.ts';
import { proposeMeasure, type VocabularyMeasure } from './measures.ts';
import type { Mention } from './numbers.ts';

const CLAUSE_BREAK = /[，。；：！？、,;:!?（）()“”]/;
const SENTENCE_BREAK = /[。！？]/;

/** The clause before a span, the clause after it, and the sentence before its clause. */
export function around(text: string, start: number, end: number): { before: string; after: string; earlier: string } {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !CLAUSE_BREAK.test(text[to]!)) to++;
  let sentence = from;
  while (sentence > 0 && !SENTENCE_BREAK.test(text[sentence - 1]!)) sentence--;
  return { before: text.slice(from, start), after: text.slice(end, to), earlier: text.slice(sentence, from) };
}

/** The family a mention's unit belongs to; a rank is a rank whatever word follows it (第3位). */
export function familyOf(m: Pick<Mention, 'unit' | 'rank'>): UnitFamily | undefined {
  return m.rank ? 'rank' : unitSpec(m.unit)?.family;
}

const dimensionsFor = (family: UnitFamily | undefined): Dimension[] =>
  family
    ? (Object.entries(FAMILIES_OF) as [Dimension, UnitFamily[]][])
        .filter(([, families]) => families.includes(family))
        .map(([d]) => d)
    : [];

/** Words that make a percentage a rate of growth (同比增长6.5%, 增速8%). */
const GROWTH = /(增长|增速|增幅|提高|提升|上升|下降|回落|同比|比上年|年均|增加)$|^(的增长|的增速)/;
const RANK_CHANGE = /位次$/;

/**
 * The measure a number reports: the vocabulary's term nearest before it in its
 * clause, else right after it (签约项目28个 / 签约28个项目), else earlier in its
 * sentence (地区生产总值1259.88亿元，同比增长6.5%: what grows is named before).
 * The unit chooses between a measure and its variants: a growth rate for a
 * percentage after growth words, a rank for an ordinal, a change of rank for 位次.
 */
export function proposeMeasureFor(
  text: string,
  m: Pick<Mention, 'start' | 'end' | 'unit' | 'rank'>,
  measures: readonly VocabularyMeasure[],
  siblings: readonly Pick<Mention, 'start' | 'end' | 'unit' | 'rank'>[] = [],
): VocabularyMeasure | undefined {
  const { before, after, earlier } = around(text, m.start, m.end);
  const family = familyOf(m);
  const dimensions = dimensionsFor(family);
  const respectively = text.lastIndexOf('分别', m.start);
  const sentenceStart = m.start - before.length - earlier.length;
  const listedAfterGrowth =
    respectively >= sentenceStart &&
    /^分别(同比)?(增长|增速|提高|上升|下降|增加)/.test(text.slice(respectively, m.start));
  const growth = family === 'percent' && (GROWTH.test(before) || /^(的)?(增长|增速)/.test(after) || listedAfterGrowth);
  const wanted = RANK_CHANGE.test(m.unit) ? 'rank-change' : m.rank ? 'rank' : growth ? 'growth' : undefined;
  // A variant is chosen for its base's terms; a base is chosen only where no variant is meant.
  // A rank may be of a growth rate (增速居全市第3位: the longer term wins) or a ranking of its own (综合考核排名).
  const kin: Record<string, string[]> = {
    rank: ['rank', 'growth-rank'],
    'rank-change': ['rank-change', 'growth-rank-change'],
    growth: ['growth'],
  };
  const pool = wanted
    ? measures.filter((x) =>
        x.variantOf ? kin[wanted]!.includes(x.variantOf.variant) : wanted === 'rank' && x.dimension === 'rank',
      )
    : measures.filter((x) => !x.variantOf);
  const allowed = wanted === 'rank-change' ? ['count' as Dimension] : dimensions;
  // 规上工业增加值和固定资产投资分别增长8.1%和10.2%: the n-th figure after 分别 is of the n-th statistic named before it.
  if (respectively >= sentenceStart) {
    const listed = siblings
      .filter((o) => o.start > respectively && familyOf(o) === family)
      .sort((a, b) => a.start - b.start);
    const named = termsInOrder(pool, text.slice(sentenceStart, respectively), allowed);
    const k = listed.findIndex((o) => o.start === m.start);
    if (k >= 0 && named.length === listed.length) return named[k];
  }
  for (const clause of [before, after, earlier]) {
    const found = proposeMeasure(pool, clause, allowed);
    if (found) return found;
  }
  return undefined;
}

/** The measures a text names, in the order it names them (the longest term where two overlap). */
function termsInOrder(
  measures: readonly VocabularyMeasure[],
  text: string,
  dimensions: readonly Dimension[],
): VocabularyMeasure[] {
  const hits: { at: number; end: number; measure: VocabularyMeasure }[] = [];
  for (const measure of measures) {
    if (!dimensions.includes(measure.dimension)) continue;
    for (const term of measure.terms)
      for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1))
        hits.push({ at, end: at + term.length, measure });
  }
  hits.sort((a, b) => a.at - b.at || b.end - a.end);
  const kept: typeof hits = [];
  for (const h of hits) if (!kept.some((k) => h.at < k.end && h.end > k.at)) kept.push(h);
  return kept.map((h) => h.measure);
}

export type Subject = { subject: 'place' } | { subject: 'context' } | { subject: 'entity'; name: string };

/** What names a park, firm, project or programme: a specific name before one of these words. */
const ENTITY =
  /([\u4E00-\u9FFFA-Za-z0-9·“”]{2,16}?(?:产业园|工业园|科技园|园区|开发区|经开区|产业新城|有限公司|股份公司|公司|集团|大桥|项目|工程|基地|港区|码头|机场))(?![\u4E00-\u9FFF]{0,1}(?:建设|区域))/g;
/** Words before an entity word that make it generic (签约项目28个 counts the place's projects). */
const GENERIC =
  /^(?:签约|新建|重点|重大|产业|招商|开工|竣工|在建|续建|新开工|新签约|入库|储备|亿元以上|省级|市级|国家级|各类|全部|所有|一批|这些|该|本|其|市场|民生|基础设施|项目)+/;
/** Words no name holds: a count of projects or a plan is the place's (全县共签约项目, 计划每年推进重点项目, 其中亿元以上项目). */
const NOT_A_NAME = /签约|实施|推进|重点|以上|计划|每年|共|全县|全市|全区|全镇|集中|新增|其中|这项|该|\d|年/;
/** Figures beyond the place: a country's or a province's, the world's. */
const BEYOND = /(全国|全省|全球|全世界|全国范围内|省内|国内)/;

/**
 * Whose figure it is: `context` for a national or provincial total (never a
 * rank of the place among them, nor its share of them); `entity` for a named
 * park, firm, project or programme the clause is about; else the place.
 */
export function proposeSubject(
  text: string,
  m: Pick<Mention, 'start' | 'end' | 'rank' | 'unit'>,
  placeNames: readonly string[],
): Subject {
  const { before } = around(text, m.start, m.end);
  const after = text.slice(m.end, m.end + 6);
  // The size of a ranking (全国百强县榜单) is context; the place's place in it is its own.
  if (m.unit === '强' && /^(县|县市|城市|区|市)?(榜单|榜|名单)/.test(after)) return { subject: 'context' };
  if (!m.rank && BEYOND.test(before) && !/(占全|排名|位居|第|居)/.test(before) && !/强$/.test(m.unit))
    return { subject: 'context' };
  for (const found of [...before.matchAll(ENTITY)].reverse()) {
    // A park named for its place keeps the place's name (晋江经济开发区); the place itself is no entity.
    const name = found[1]!.replace(GENERIC, '');
    if (name.length >= 4 && !placeNames.includes(name) && !GENERIC.test(name) && !NOT_A_NAME.test(name))
      return { subject: 'entity', name };
  }
  return { subject: 'place' };
}

/**
 * Why a number is no figure, when the text shows it: a name or slogan that
 * holds a numeral, 一批, a time frame, a size class, a threshold the next
 * figure restates. Repeats are found by the draft, which sees the other figures.
 */
export function proposeIgnore(
  text: string,
  m: Pick<Mention, 'start' | 'end' | 'text' | 'value' | 'unit' | 'approx'>,
  others: readonly Pick<Mention, 'start' | 'end' | 'value' | 'unit' | 'approx'>[],
  { goal = false } = {},
): string | undefined {
  const before = text.slice(Math.max(0, m.start - 8), m.start);
  const after = text.slice(m.end, m.end + 8);
  const chinese = /^[一二两三四五六七八九十百千]+/.test(m.text);
  if (m.unit === '岁') return "a person's age";
  if (chinese && m.value === 1 && m.unit === '批') return '一批 is a quantity word, not a count';
  if (/^(年|个月)$/.test(m.unit)) {
    if (/^(多)?(来|以来|间|里)/.test(after) || /(过去|未来|近|这|今后)$/.test(before) || /^近/.test(m.text))
      return 'a time frame of the account';
    if (/前$/.test(before) || /^(净增|新增|累计|共)/.test(after)) return 'the period of the figure that follows';
    if (/^(行动|计划|规划|攻坚|目标|决战)/.test(after)) return 'the name of a programme';
  }
  if (chinese && m.unit === '期' && /^[\u4E00-\u9FFF]/.test(after)) return 'the name of a construction phase';
  if (/前$/.test(before) && /^(位|名|强)$/.test(m.unit)) return 'the threshold of a ranking';
  if (/^\d+$/.test(m.text) && m.unit === '' && /^(省道|国道|县道|高速|号|路|线|次列车)/.test(after))
    return "a road's or a line's name";
  if (/^(19|20)\d\d$/.test(m.text) && m.unit === '') return 'a year in a name';
  if (
    chinese &&
    m.value <= 20 &&
    /^(大|个|项|条|级|张|字|点)$/.test(m.unit) &&
    /^[\u4E00-\u9FFF]/.test(after) &&
    !/(新增|引进|建成|完成|实施了|签约|开工|落地|培育|累计|达到|拥有|共有|共|有|达|新建|创建|获评|入选|打造|形成|建设|壮大|发展)(了)?[^，。]{0,12}$/.test(
      text.slice(Math.max(0, m.start - 20), m.start),
    )
  ) {
    return 'the name of a policy, a slogan or an event, not a count';
  }
  if (
    /^(以上|及以上)?(的)?(重大|重点|产业|工业|制造业|大|好)?(项目|企业|工业企业|产业集群|集群|园区)/.test(after) &&
    /亿/.test(m.unit + m.text)
  )
    return 'a size class, not a figure';
  if (/^级/.test(after)) return 'a size class, not a figure';
  // A goal to pass a mark (力争突破2500亿元) is a figure of its own, never a threshold.
  if (!goal && (m.approx === 'over' || /^(大关|关口)/.test(after))) {
    const size = (x: Pick<Mention, 'value' | 'unit'>) => x.value * (unitSpec(x.unit)?.factor ?? 1);
    const restated = others.find(
      (o) =>
        o !== m &&
        o.approx === 'exact' &&
        unitSpec(o.unit)?.family === unitSpec(m.unit)?.family &&
        size(o) >= size(m) &&
        ratio(size(o), size(m)) <= 1.6,
    );
    if (restated) return 'a threshold the exact figure beside it restates';
  }
  return undefined;
}

const ratio = (a: number, b: number) => (a > b ? a / b : b / a);

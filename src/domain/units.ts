// The one unit table. Every unit the news text prints after a number (亿元, 万亩,
// 人次, the counters 个 家 名…) with what the project needs to know about it:
// - the pipeline: which numerals it follows in the text (pipeline/numbers.ts), and
//   how a value in it becomes its family's one base unit (pipeline/units.ts), so
//   values of one family convert into each other and can share an axis;
// - the app: how each language writes a value in it (src/format/number.ts).
// Pure data and tiny pure functions: no React, no zod.
import type { UnitFamily } from './schema.ts';

/** Each family's one base unit, the unit of `normalized.value` in the dataset. */
export const BASE_UNITS = [
  'CNY',
  'USD',
  '%',
  't',
  'km²',
  'Wh',
  'm³',
  'm',
  'count',
  'person-times',
  'month',
  'h',
  'index',
  'rank',
  'W',
] as const;
export type BaseUnit = (typeof BASE_UNITS)[number];

/** An English noun in its two forms (Intl.PluralRules('en') picks one). */
export interface Noun {
  one: string;
  other: string;
}

/**
 * How each language writes a base unit after a number (axis ticks, converted
 * figures). Empty where the label says what is counted. The formatter adds what
 * a word cannot say: ¥ goes before the number, 万/亿 and k/bn scale it, Wh takes
 * an SI prefix (GWh), a rank is an ordinal.
 */
export const BASE_UNIT_TEXT: Readonly<Record<BaseUnit, { zh: string; en: string | Noun }>> = {
  CNY: { zh: '元', en: '¥' },
  USD: { zh: '美元', en: 'US$' },
  '%': { zh: '%', en: '%' },
  t: { zh: '吨', en: 't' },
  'km²': { zh: '平方公里', en: 'km²' },
  Wh: { zh: '瓦时', en: 'Wh' },
  'm³': { zh: '立方米', en: 'm³' },
  m: { zh: '米', en: 'm' },
  count: { zh: '', en: '' },
  'person-times': { zh: '人次', en: '' },
  month: { zh: '个月', en: { one: 'month', other: 'months' } },
  h: { zh: '小时', en: { one: 'hour', other: 'hours' } },
  index: { zh: '', en: '' },
  rank: { zh: '', en: '' },
  W: { zh: '瓦', en: 'W' },
};

export interface UnitSpec {
  /** Multiply a printed value by this to get the base unit… */
  factor: number;
  /** …then divide by this (1 unless the factor is a fraction: 亩 = 1/1500 km², exactly). */
  divisor?: number;
  base: BaseUnit;
  family: UnitFamily;
  /**
   * A measure word that may follow a Chinese numeral in the text (三大, 五年,
   * 一个月). Measure units never do: 三元 is "ternary", 百亿 a magnitude.
   */
  counter?: true;
  /** Chinese, when it writes the unit other than as printed: bare 亿 (产值超千亿) is 亿元. */
  zh?: string;
  /**
   * How English writes a value printed in this unit:
   * - `base` (the default): converted into the base unit, 317.7亿元 → ¥31.77 bn,
   *   9万吨 → 90,000 t, 20万户 → 200,000; `noun` names what is counted where
   *   that reads naturally (3,894 people), else the label says it;
   * - `printed`: the printed number with `noun`, 5年 → 5 years, 2,000 mu; times
   *   `times` where the unit holds a 万 English has no word for (2.8万亩 → 28,000
   *   mu); with `alsoBase` the base unit follows in brackets, 2,000 mu (1.33 km²).
   */
  en: { as: 'base'; noun?: Noun } | { as: 'printed'; noun: Noun; times?: number; alsoBase?: true };
}

const BASE = { as: 'base' } as const;
const PEOPLE: UnitSpec['en'] = { as: 'base', noun: { one: 'person', other: 'people' } };
/** Counted as printed; the label says what (个 plant sites, 条 routes, 次 patrols). */
const counter = (en: UnitSpec['en'] = BASE): UnitSpec => ({
  factor: 1,
  base: 'count',
  family: 'count',
  counter: true,
  en,
});

export const UNITS: Readonly<Record<string, UnitSpec>> = {
  亿元: { factor: 1e8, base: 'CNY', family: 'currency', en: BASE },
  // Bare 亿 (产值超千亿, 百亿规模) stands for 亿元 in news on output and investment.
  亿: { factor: 1e8, base: 'CNY', family: 'currency', zh: '亿元', en: BASE },
  万元: { factor: 1e4, base: 'CNY', family: 'currency', en: BASE },
  元: { factor: 1, base: 'CNY', family: 'currency', en: BASE },
  // US dollars (实际使用外资1.2亿美元, 出口额3500万美元): their own family, never yuan.
  亿美元: { factor: 1e8, base: 'USD', family: 'currency-usd', en: BASE },
  万美元: { factor: 1e4, base: 'USD', family: 'currency-usd', en: BASE },
  美元: { factor: 1, base: 'USD', family: 'currency-usd', en: BASE },
  '%': { factor: 1, base: '%', family: 'percent', en: BASE },
  // A change of a share (提高1.6个百分点) is in points of a percentage, never a count of 个.
  个百分点: {
    factor: 1,
    base: '%',
    family: 'percent',
    zh: '个百分点',
    en: { as: 'printed', noun: { one: 'percentage point', other: 'percentage points' } },
  },
  百分点: {
    factor: 1,
    base: '%',
    family: 'percent',
    en: { as: 'printed', noun: { one: 'percentage point', other: 'percentage points' } },
  },
  万吨: { factor: 1e4, base: 't', family: 'mass', en: BASE },
  吨: { factor: 1, base: 't', family: 'mass', en: BASE },
  平方公里: { factor: 1, base: 'km²', family: 'area', en: BASE },
  // 1 亩 = 10000/15 m² = 1/1500 km², exactly. English keeps the printed mu (a round
  // figure) and gives km² beside it.
  万亩: {
    factor: 1e4,
    divisor: 1500,
    base: 'km²',
    family: 'area',
    en: { as: 'printed', noun: { one: 'mu', other: 'mu' }, times: 1e4, alsoBase: true },
  },
  亩: {
    factor: 1,
    divisor: 1500,
    base: 'km²',
    family: 'area',
    en: { as: 'printed', noun: { one: 'mu', other: 'mu' }, alsoBase: true },
  },
  吉瓦时: { factor: 1e9, base: 'Wh', family: 'energy', en: BASE },
  // Electricity as reports print it (发电量12.5亿千瓦时), and installed capacity, a
  // power (装机容量120万千瓦): without these 亿 and 万 would be read alone.
  亿千瓦时: { factor: 1e11, base: 'Wh', family: 'energy', en: BASE },
  万千瓦时: { factor: 1e7, base: 'Wh', family: 'energy', en: BASE },
  千瓦时: { factor: 1e3, base: 'Wh', family: 'energy', en: BASE },
  万千瓦: { factor: 1e7, base: 'W', family: 'power', en: BASE },
  千瓦: { factor: 1e3, base: 'W', family: 'power', en: BASE },
  兆瓦: { factor: 1e6, base: 'W', family: 'power', en: BASE },
  吉瓦: { factor: 1e9, base: 'W', family: 'power', en: BASE },
  万立方米: { factor: 1e4, base: 'm³', family: 'volume', en: BASE },
  立方米: { factor: 1, base: 'm³', family: 'volume', en: BASE },
  米: { factor: 1, base: 'm', family: 'length', en: BASE },
  // 人次 counts trips or visits; the label says which (Passenger trips…).
  万人次: { factor: 1e4, base: 'person-times', family: 'person-times', en: BASE },
  人次: { factor: 1, base: 'person-times', family: 'person-times', en: BASE },
  // 户 is a household or a registered business: the label says which.
  万户: { factor: 1e4, base: 'count', family: 'count', en: BASE },
  万人: { factor: 1e4, base: 'count', family: 'count', en: PEOPLE },
  万: { factor: 1e4, base: 'count', family: 'count', en: BASE },
  // Calendar time in months (a year is 12 of them); clock time in hours, a family
  // of its own, since a month has no fixed number of hours.
  个月: {
    factor: 1,
    base: 'month',
    family: 'duration',
    counter: true,
    en: { as: 'printed', noun: { one: 'month', other: 'months' } },
  },
  年: {
    factor: 12,
    base: 'month',
    family: 'duration',
    counter: true,
    en: { as: 'printed', noun: { one: 'year', other: 'years' } },
  },
  小时: {
    factor: 1,
    base: 'h',
    family: 'clock-time',
    counter: true,
    en: { as: 'printed', noun: { one: 'hour', other: 'hours' } },
  },
  // A number printed bare (城市信用综合指数88.68) is an index.
  '': { factor: 1, base: 'index', family: 'index', en: BASE },
  个: counter(),
  // Every 家 in the dataset counts firms (src/domain/units.test.ts checks it against
  // the measures' dimension); 家 can count shops or hospitals too, so check on new pages.
  家: counter({ as: 'base', noun: { one: 'firm', other: 'firms' } }),
  项: counter(),
  条: counter(),
  名: counter(PEOPLE),
  人: counter(PEOPLE),
  位: counter(PEOPLE),
  次: counter(),
  件: counter(),
  户: counter(),
  期: counter(),
  篇: counter(),
  孔: counter(),
  大: counter(),
  级: counter(),
  批: counter(),
  强: counter(),
  // Places gained or lost in a ranking (前进7个位次): a count, never a rank.
  个位次: counter({ as: 'printed', noun: { one: 'place', other: 'places' } }),
  位次: counter({ as: 'printed', noun: { one: 'place', other: 'places' } }),
};

/**
 * Words the text prints after a number that no indicator may carry: the finder
 * reads them so the number is whole (今年36岁), and the annotations ignore it.
 */
export const NON_INDICATOR_UNITS: readonly string[] = ['岁'];

export function unitSpec(unit: string): UnitSpec | undefined {
  return Object.hasOwn(UNITS, unit) ? UNITS[unit] : undefined;
}

/**
 * A value printed in `unit`, in its base unit. Multiply, then divide, then round
 * away binary noise: 317.7 × 1e8 must be 31770000000, not 31769999999.999996.
 */
export function toBase(value: number, spec: Pick<UnitSpec, 'factor' | 'divisor'>): number {
  return Number(((value * spec.factor) / (spec.divisor ?? 1)).toPrecision(12));
}

/**
 * Units as the text may print them after an Arabic number (every unit) or after
 * a Chinese numeral (the counters), longest first, so 万人次 wins over 万人 and 万.
 */
export function printedUnits(after: 'arabic' | 'chinese'): string[] {
  const units = Object.entries(UNITS)
    .filter(([unit, spec]) => unit !== '' && (after === 'arabic' || spec.counter))
    .map(([unit]) => unit);
  return [...units, ...(after === 'arabic' ? NON_INDICATOR_UNITS : [])].sort((a, b) => b.length - a.length);
}

// The one number-and-unit formatter, over Intl and the unit table
// (src/domain/units.ts). Cards, table, tooltips, axes and exports all write
// numbers through it.
// - Chinese as printed: 317.7亿元, 9万吨, 超过1000亿元, 45564元, 第4位, 前20强; the
//   digits close up, as Chinese pages print them: never a separator the page did not print.
// - English as English readers write them: ¥31.77 bn, over ¥100 bn, 90,000 t,
//   3,894 people, 14.4 km², 59.2%, 4th, top 20; never a Chinese character.
import type { IndicatorSummary } from '../domain/app-data.ts';
import type { Approx } from '../domain/schema.ts';
import { BASE_UNIT_TEXT, toBase, unitSpec, type BaseUnit, type Noun, type UnitSpec } from '../domain/units.ts';
import type { Lang } from '../domain/view.ts';
import { numberFormat, pluralRules } from './intl.ts';

/** Between a number and a unit symbol or abbreviation (90,000 t, ¥31.77 bn): thin, and never broken across lines. */
export const THIN = '\u202f';
/** Between a number and a word (3,894 people, 8 months): a word space that never breaks. */
export const NBSP = '\u00a0';

/** The qualifier in words; Chinese writes it close up, as the text does (超过500亿元, 近600名). */
const QUALIFIER: Record<Lang, Record<Approx, string>> = {
  zh: { exact: '', over: '超过', about: '约', under: '近' },
  en: { exact: '', over: 'over ', about: 'about ', under: 'nearly ' },
};

/**
 * A number as printed. Chinese pages print digits close up (3894名, 45564元,
 * 1259.88亿元), so Chinese never groups them; English groups thousands (3,894 people).
 */
const ZH_DIGITS: Intl.NumberFormatOptions = { useGrouping: false };
const EXACT: Record<Lang, Intl.NumberFormatOptions> = {
  zh: { maximumFractionDigits: 4, ...ZH_DIGITS },
  en: { maximumFractionDigits: 4 },
};
/**
 * An axis tick or a converted figure: three significant digits are plenty, but
 * whole numbers stay whole (3,894, not 3,890): the more precise of the two wins.
 */
const ROUGH: Intl.NumberFormatOptions = {
  maximumSignificantDigits: 3,
  maximumFractionDigits: 0,
  roundingPriority: 'morePrecision',
};
const ZH_ROUGH: Intl.NumberFormatOptions = { ...ROUGH, ...ZH_DIGITS };
const ZH_COMPACT: Intl.NumberFormatOptions = { notation: 'compact', maximumSignificantDigits: 4, ...ZH_DIGITS };

type Precision = 'exact' | 'rough';
const format = (value: number, lang: Lang, precision: Precision) =>
  numberFormat(lang, precision === 'exact' ? EXACT[lang] : lang === 'zh' ? ZH_ROUGH : ROUGH).format(value);

/** A plain number in the language's style, e.g. for a count in a sentence, a rank or a rate's parts (Chinese close up, as printed). */
export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 2, ...(lang === 'zh' ? ZH_DIGITS : {}) }).format(value);
}

/** An English noun for a number: 1 person, 2 people, 1.5 hours. */
export function nounFor(value: number, noun: Noun): string {
  return pluralRules('en').select(value) === 'one' ? noun.one : noun.other;
}

const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** 4 → 4th (1st 2nd 3rd 11th 12th 13th 21st…); Chinese 第4. */
export function formatOrdinal(value: number, lang: Lang): string {
  const number = formatNumber(value, lang);
  if (lang === 'zh') return `第${number}`;
  return `${number}${ORDINAL_SUFFIX[pluralRules('en', 'ordinal').select(value)] ?? 'th'}`;
}

/** 第4位, 第4家, 第1 and "4th"; 前20强 is a band, "top 20". */
export function formatRank(value: number, unit: string, lang: Lang): string {
  if (unit === '强') return lang === 'zh' ? `前${formatNumber(value, lang)}强` : `top ${formatNumber(value, lang)}`;
  return lang === 'zh' ? `${formatOrdinal(value, lang)}${unit}` : formatOrdinal(value, lang);
}

export function formatValue(
  indicator: Pick<IndicatorSummary, 'value' | 'unit' | 'approx' | 'normalized'>,
  lang: Lang,
): string {
  if (indicator.normalized.family === 'rank') return formatRank(indicator.value, indicator.unit, lang);
  const spec = unitSpec(indicator.unit);
  const qualifier = QUALIFIER[lang][indicator.approx];
  if (lang === 'zh') return `${qualifier}${format(indicator.value, 'zh', 'exact')}${spec?.zh ?? indicator.unit}`;
  // A unit the table does not know (never in the committed dataset): its normalised form has no Chinese.
  if (!spec) return `${qualifier}${formatQuantity(indicator.normalized.value, indicator.normalized.unit, 'en')}`;
  return `${qualifier}${english(indicator.value, spec)}`;
}

function english(value: number, spec: UnitSpec): string {
  if (spec.en.as === 'base') return englishQuantity(toBase(value, spec), spec.base, 'exact', spec.en.noun);
  const count = value * (spec.en.times ?? 1);
  const printed = `${format(count, 'en', 'exact')}${NBSP}${nounFor(count, spec.en.noun)}`;
  return spec.en.alsoBase ? `${printed} (${englishQuantity(toBase(value, spec), spec.base, 'rough')})` : printed;
}

/**
 * A value in a normalised base unit (the dataset's `normalized`: CNY, km², t, m³,
 * m, Wh, month, h, %, count, person-times, index, rank), compact for an axis tick:
 * zh 317.7亿元, 5万, 9万吨; en ¥31.8 bn, 50k, 14.4 km².
 */
export function formatQuantity(value: number, baseUnit: string, lang: Lang): string {
  if (!Object.hasOwn(BASE_UNIT_TEXT, baseUnit)) {
    return lang === 'zh'
      ? `${numberFormat('zh', ZH_COMPACT).format(value)}${baseUnit}`
      : `${scale(value, 'rough', false)}${THIN}${baseUnit}`;
  }
  const base = baseUnit as BaseUnit;
  return lang === 'zh' ? chineseQuantity(value, base) : englishQuantity(value, base, 'rough');
}

/** SI prefixes for energy and power: 8吉瓦时 is 8 GWh, 120万千瓦 is 1.2 GW. */
const SI: [number, string, string][] = [
  [1e12, 'T', '太'],
  [1e9, 'G', '吉'],
  [1e6, 'M', '兆'],
  [1e3, 'k', '千'],
  [1, '', ''],
];
const si = (value: number) => SI.find(([size]) => Math.abs(value) >= size) ?? SI[SI.length - 1]!;

function chineseQuantity(value: number, base: BaseUnit): string {
  const text = BASE_UNIT_TEXT[base].zh;
  if (base === 'rank') return formatOrdinal(value, 'zh');
  if (base === 'Wh' || base === 'W') {
    const [size, , prefix] = si(value);
    return `${format(value / size, 'zh', 'rough')}${prefix}${text}`;
  }
  // 万 and 亿, as Chinese counts: 317.7亿元, 5万, 9万吨.
  return `${numberFormat('zh', ZH_COMPACT).format(value)}${text}`;
}

/**
 * English scales large numbers by words: ¥31.77 bn, ¥458 m for money; 1.2
 * million t otherwise (a bare "m" would read as metres). `rough` (axes) also
 * writes thousands as k from 10,000: 50k, ¥180k; `exact` keeps them: 90,000 t.
 */
function scale(value: number, precision: Precision, money: boolean): string {
  const size = Math.abs(value);
  const scaled = (by: number, suffix: string) => `${format(value / by, 'en', precision)}${suffix}`;
  if (size >= 1e9) return scaled(1e9, money ? `${THIN}bn` : `${NBSP}billion`);
  if (size >= 1e6) return scaled(1e6, money ? `${THIN}m` : `${NBSP}million`);
  if (precision === 'rough' && size >= 1e4) return scaled(1e3, 'k');
  return format(value, 'en', precision);
}

function englishQuantity(value: number, base: BaseUnit, precision: Precision, noun?: Noun): string {
  const text = BASE_UNIT_TEXT[base].en;
  switch (base) {
    case 'CNY':
      return `¥${scale(value, precision, true)}`;
    case 'USD':
      return `US$${scale(value, precision, true)}`;
    case '%':
      return `${format(value, 'en', precision)}%`;
    case 'rank':
      return formatOrdinal(value, 'en');
    case 'index':
      return format(value, 'en', precision);
    case 'Wh':
    case 'W': {
      const [size, prefix] = si(value);
      return `${format(value / size, 'en', precision)}${THIN}${prefix}${text as string}`;
    }
    default: {
      const number = scale(value, precision, false);
      const word = noun ?? (typeof text === 'string' ? undefined : text);
      if (word) return `${number}${NBSP}${nounFor(value, word)}`;
      return text ? `${number}${THIN}${text as string}` : number;
    }
  }
}

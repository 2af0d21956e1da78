// The one number-and-unit formatter: a value as printed, with its qualifier.
import type { Approx } from '../domain/schema.ts';
import type { IndicatorSummary } from '../domain/app-data.ts';
import type { Lang } from '../domain/view.ts';

const APPROX_PREFIX: Record<Lang, Record<Approx, string>> = {
  zh: { exact: '', over: '超过 ', about: '约 ', under: '近 ' },
  en: { exact: '', over: 'over ', about: 'about ', under: 'nearly ' },
};

/** English readers get the Chinese unit glossed; ranks read as ordinals. */
const UNIT_EN: Record<string, string> = {
  亿元: '×100m yuan', 亿: '×100m yuan', 万元: '×10k yuan', 元: 'yuan', '%': '%', 万吨: '×10k t', 平方公里: 'km²', 万亩: '×10k mu', 亩: 'mu',
  吉瓦时: 'GWh', 万立方米: '×10k m³', 米: 'm', 万人次: '×10k person-trips', 万户: '×10k', 小时: 'h', 个月: 'months', 年: 'years',
};

// One formatter per language, reused: toLocaleString with options builds a new
// formatter on every call.
const FORMATTERS: Record<Lang, Intl.NumberFormat> = {
  zh: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
};

export function formatNumber(value: number, lang: Lang): string {
  return FORMATTERS[lang].format(value);
}

export function formatValue(indicator: Pick<IndicatorSummary, 'value' | 'unit' | 'approx' | 'normalized'>, lang: Lang): string {
  const number = formatNumber(indicator.value, lang);
  if (indicator.normalized.family === 'rank') {
    // 前20强 is a band ("top 20"), every other rank an ordinal (第4位, 全国第一).
    if (indicator.unit === '强') return lang === 'zh' ? `前${number}强` : `top ${number}`;
    return lang === 'zh' ? `第${number}${indicator.unit}` : `#${number}`;
  }
  const prefix = APPROX_PREFIX[lang][indicator.approx];
  // Counters (个, 家, 名…) add nothing in English: the label says what is counted.
  const unit = lang === 'zh' ? indicator.unit : (UNIT_EN[indicator.unit] ?? '');
  return `${prefix}${number}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`;
}

// How a set of same-family indicators maps onto one value axis. If they share a
// printed unit the axis speaks it (亿元, %); otherwise it uses the base unit.
import type { IndicatorSummary } from '../../domain/app-data.ts';
import { formatNumber } from '../../format/number.ts';
import { FAMILY_LABEL } from '../../i18n/messages.ts';
import type { Lang } from '../../domain/view.ts';

export interface AxisScale {
  value: (indicator: IndicatorSummary) => number;
  axisName: string;
  tick: (value: number) => string;
  inverse: boolean;
}

export function axisScale(indicators: IndicatorSummary[], lang: Lang): AxisScale {
  const units = new Set(indicators.map((i) => i.normalized.unit));
  if (units.size > 1) throw new Error(`unlike units on one axis: ${[...units].join(', ')}`);
  const printed = new Set(indicators.map((i) => i.unit));
  const family = indicators[0]?.normalized.family;
  if (family === 'rank') {
    return { value: (i) => i.value, axisName: FAMILY_LABEL[lang].rank!, tick: (v) => (lang === 'zh' ? `第${v}` : `#${v}`), inverse: true };
  }
  if (printed.size === 1) {
    const unit = [...printed][0]!;
    return { value: (i) => i.value, axisName: unit, tick: (v) => formatNumber(v, lang), inverse: false };
  }
  const compact = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { notation: 'compact', maximumFractionDigits: 1 });
  return { value: (i) => i.normalized.value, axisName: indicators[0]?.normalized.unit ?? '', tick: (v) => compact.format(v), inverse: false };
}

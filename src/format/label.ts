// An indicator's name with its period, punctuated for the language.
import type { IndicatorSummary } from '../domain/app-data.ts';
import type { Lang } from '../domain/view.ts';
import { formatPeriod } from './period.ts';

export function labelWithPeriod(indicator: Pick<IndicatorSummary, 'label' | 'period'>, lang: Lang): string {
  const label = indicator.label[lang];
  if (!indicator.period) return label;
  const period = formatPeriod(indicator.period, lang);
  return lang === 'zh' ? `${label}（${period}）` : `${label} (${period})`;
}

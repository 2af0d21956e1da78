// An indicator's name with its period, punctuated for the language.
import type { IndicatorSummary } from '../domain/app-data.ts';
import type { Lang } from '../domain/view.ts';
import { formatPeriod } from './period.ts';

export function labelWithPeriod(indicator: Pick<IndicatorSummary, 'label' | 'period'>, lang: Lang): string {
  const label = indicator.label[lang];
  if (!indicator.period) return label;
  return withAside(label, formatPeriod(indicator.period, lang), lang);
}

/** A list as each language writes it: 甲、乙、丙 / A, B, C. */
export function listOf(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}

/** "name (qualifier)" with the language's brackets. */
export function withAside(text: string, aside: string, lang: Lang): string {
  return lang === 'zh' ? `${text}（${aside}）` : `${text} (${aside})`;
}

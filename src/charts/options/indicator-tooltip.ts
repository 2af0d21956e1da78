// The one tooltip text for an indicator: label, value with unit and qualifier, period, region, status.
import type { Region } from '../../domain/schema.ts';
import type { IndicatorSummary } from '../../domain/app-data.ts';
import { formatValue } from '../../format/number.ts';
import { STATUS_LABEL, t } from '../../i18n/messages.ts';
import { formatPeriod } from '../../format/period.ts';
import type { Lang } from '../../domain/view.ts';
import { escapeHtml } from './escape.ts';

export function indicatorTooltip(indicator: IndicatorSummary, region: Region | undefined, lang: Lang): string {
  const lines = [
    `<strong>${escapeHtml(indicator.label[lang])}</strong>`,
    escapeHtml(formatValue(indicator, lang)),
    [
      indicator.period && formatPeriod(indicator.period, lang),
      region?.name[lang],
      STATUS_LABEL[lang][indicator.status],
      indicator.subject === 'context' ? t(lang, 'context') : '',
    ]
      .filter(Boolean)
      .map((s) => escapeHtml(s!))
      .join(' · '),
  ];
  return lines.join('<br/>');
}

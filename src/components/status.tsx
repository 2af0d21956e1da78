// Whose figure, and what kind: a badge beside every value (实际 / 预计 / 目标 /
// 排名, and 背景 for context figures), on every screen size and in print, and
// the legend that says how charts draw projections.
import type { IndicatorSummary } from '../domain/app-data.ts';
import type { Lang } from '../domain/view.ts';
import { STATUS_LABEL, t } from '../i18n/messages.ts';

/** The status badge, and a context badge when the figure is not the place's own. */
export function StatusBadges({
  indicator,
  lang,
}: {
  indicator: Pick<IndicatorSummary, 'status' | 'subject'>;
  lang: Lang;
}) {
  return (
    <>
      <span className={`badge status-${indicator.status}`}>{STATUS_LABEL[lang][indicator.status]}</span>
      {indicator.subject === 'context' && (
        <span className="badge status-context" title={t(lang, 'contextHelp')}>
          {t(lang, 'context')}
        </span>
      )}
    </>
  );
}

/** How bars are drawn: solid for outcomes, hollow and dashed for forecasts and targets. */
export function StatusLegend({ lang, projected }: { lang: Lang; projected: boolean }) {
  return (
    <ul className="legend" aria-label={t(lang, 'legend')}>
      <li>
        <span className="swatch swatch-actual" aria-hidden="true" />
        {STATUS_LABEL[lang].actual}
      </li>
      {projected && (
        <li>
          <span className="swatch swatch-projected" aria-hidden="true" />
          {t(lang, 'projectedLegend')}
        </li>
      )}
    </ul>
  );
}

/** Which colour is which place. */
export function PlaceKey({ places }: { places: { id: string; name: string; color: string }[] }) {
  return (
    <ul className="legend">
      {places.map((p) => (
        <li key={p.id}>
          <span className="swatch" style={{ background: p.color }} aria-hidden="true" />
          {p.name}
        </li>
      ))}
    </ul>
  );
}

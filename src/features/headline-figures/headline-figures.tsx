// A few key figures as tiles; each opens the sentence it came from.
import { RouteLink } from '../../components/route-link.tsx';
import { StatusBadges } from '../../components/status.tsx';
import { useIndex, useLang, usePalette, useT, useViewState } from '../../hooks/view-context.tsx';
import type { IndicatorSummary } from '../../domain/app-data.ts';
import { headlineFigures } from '../../data/selectors.ts';
import { formatValue } from '../../format/number.ts';
import { formatPeriod } from '../../format/period.ts';
import { hrefWith, sentenceHrefs } from '../../url/href.ts';

/** Tiles on the overview (the overview's own data holds this many, src/data/overview-slice.ts). */
export const HEADLINE_COUNT = 4;

export function HeadlineFigures({ rows, max = HEADLINE_COUNT }: { rows: IndicatorSummary[]; max?: number }) {
  const index = useIndex();
  const lang = useLang();
  const { view } = useViewState();
  const t = useT();
  const palette = usePalette();
  const figures = headlineFigures(index, rows, max);
  if (figures.length === 0) return null;
  const sentenceHref = sentenceHrefs(view);
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title">{t('headlineFigures')}</h2>
      <ul className="tiles">
        {figures.map((i) => (
          <li key={i.id} className="tile" style={{ borderTopColor: palette.region[i.regionId] }}>
            <RouteLink to={sentenceHref(i)} className="tile-link">
              <span className="tile-value">{formatValue(i, lang)}</span>
              {/* At most a few lines in the tile (CSS), whole in its title. */}
              <span className="tile-label" title={i.label[lang]}>
                {i.label[lang]}
              </span>
            </RouteLink>
            <span className="tile-meta">
              <RouteLink
                to={hrefWith(`/region/${i.regionId}`, view, ['lang'])}
                className="clamp"
                title={index.regionById.get(i.regionId)?.name[lang]}
              >
                {index.regionById.get(i.regionId)?.name[lang]}
              </RouteLink>
              {i.period && ` · ${formatPeriod(i.period, lang)}`} <StatusBadges indicator={i} lang={lang} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

// The table behind every chart: sortable, each value a link to its sentence.
import { memo, useCallback, useMemo, type MouseEvent } from 'react';
import { ShowMore, usePageLimit } from '../../components/paging.tsx';
import { DownloadData } from '../../components/download-data.tsx';
import { RouteLink } from '../../components/route-link.tsx';
import { StatusBadges } from '../../components/status.tsx';
import { useIndex, useLang, useT, useViewState, useWithWholeIndex } from '../../hooks/view-context.tsx';
import type { IndicatorSummary } from '../../domain/app-data.ts';
import { filterIndicators, indicatorTotal, sortedPage } from '../../data/selectors.ts';
import { listOf } from '../../format/label.ts';
import { formatValue } from '../../format/number.ts';
import { formatPeriod } from '../../format/period.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { useUiStore } from '../../store/ui-store.ts';
import { hrefWith, sentenceHrefs } from '../../url/href.ts';
import type { Lang, SortKey } from '../../domain/view.ts';

const COLUMNS: { key: SortKey; label: MessageKey }[] = [
  { key: 'region', label: 'region' },
  { key: 'label', label: 'label' },
  { key: 'value', label: 'value' },
  { key: 'period', label: 'period' },
];

/**
 * Rows drawn after a filter change (about a screen of table): the DOM stays
 * bounded however large the corpus grows, and a filter change builds at most this
 * many rows. Building rows far below the fold was the largest part of a filter
 * change that adds rows back (style, layout and paint of each new row).
 */
export const TABLE_PAGE = 25;
/** Rows added by each "show more". */
export const TABLE_MORE = 100;

/** On a region's own view every row is that region's: the region column is left out. */
export function IndicatorTable({ rows, showRegion = true }: { rows: IndicatorSummary[]; showRegion?: boolean }) {
  const index = useIndex();
  const { view, update } = useViewState();
  const lang = useLang();
  const t = useT();
  // On the overview's own data the table holds its first page; the rest comes with the whole index.
  const { limit, showMore } = usePageLimit(TABLE_PAGE, TABLE_MORE, !index.overview);
  const withWhole = useWithWholeIndex();
  const total = indicatorTotal(index, rows);
  const visible = useMemo(
    () => sortedPage(index, rows, view.sort, view.dir, lang, limit),
    [index, rows, view.sort, view.dir, lang, limit],
  );
  const hovered = useUiStore((s) => s.hoveredRegionId);
  const setHovered = useUiStore((s) => s.setHoveredRegion);
  // One hover listener for the whole body rather than two closures per row.
  const onHover = useCallback(
    (event: MouseEvent) => setHovered((event.target as Element).closest?.('tr')?.getAttribute('data-region') ?? null),
    [setHovered],
  );
  const sentenceHref = useMemo(() => sentenceHrefs(view), [view]);
  const placeHrefs = useMemo(
    () => new Map(index.dataset.regions.map((r) => [r.id, hrefWith(`/region/${r.id}`, view, ['lang'])])),
    [index, view],
  );
  const sectorNames = useCallback(
    (i: IndicatorSummary) =>
      listOf(
        i.sectorIds.map((s) => index.sectorById.get(s)?.name[lang] ?? s),
        lang,
      ),
    [index, lang],
  );
  return (
    <section aria-labelledby="table-title">
      <h2 id="table-title">{t('table')}</h2>
      <div className="table-scroll">
        <table className="indicator-table">
          <caption>{t('tableCaption', { n: total })}</caption>
          <thead>
            <tr>
              {COLUMNS.filter((c) => showRegion || c.key !== 'region').map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={view.sort === c.key ? (view.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() =>
                      update({ sort: c.key, dir: view.sort === c.key && view.dir === 'asc' ? 'desc' : 'asc' })
                    }
                  >
                    {t(c.label)}
                    <span aria-hidden="true">{view.sort === c.key ? (view.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
              <th scope="col" className="col-sector">
                {t('sector')}
              </th>
            </tr>
          </thead>
          <tbody onMouseOver={onHover} onMouseLeave={() => setHovered(null)}>
            {visible.map((i) => (
              <IndicatorRow
                key={i.id}
                indicator={i}
                region={showRegion ? (index.regionById.get(i.regionId)?.name[lang] ?? '') : null}
                placeHref={placeHrefs.get(i.regionId) ?? ''}
                href={sentenceHref(i)}
                sectors={sectorNames(i)}
                lang={lang}
                hovered={hovered === i.regionId}
              />
            ))}
          </tbody>
        </table>
      </div>
      <DownloadData
        everyRow
        rows={(whole) =>
          sortedPage(whole, whole === index ? rows : filterIndicators(whole, view), view.sort, view.dir, lang)
        }
        fileName="regional-pulse-indicators"
        title={t('table')}
      />
      {/* Paper has no "show more": on the overview's own data it says what it left out. */}
      {index.overview && total > visible.length && (
        <p className="note print-note">{t('printedFirst', { shown: visible.length, n: total })}</p>
      )}
      <ShowMore left={total - limit} label={t('showMore', { n: total - limit })} onClick={() => withWhole(showMore)} />
    </section>
  );
}

interface RowProps {
  indicator: IndicatorSummary;
  /** The region's name, or null where the region column is left out. */
  region: string | null;
  /** The region's own page. */
  placeHref: string;
  href: string;
  sectors: string;
  lang: Lang;
  hovered: boolean;
}

/** A row re-renders only when its own content or hover changes, not on every hover elsewhere. */
const IndicatorRow = memo(function IndicatorRow({
  indicator: i,
  region,
  placeHref,
  href,
  sectors,
  lang,
  hovered,
}: RowProps) {
  return (
    <tr data-indicator={i.id} data-region={i.regionId} className={hovered ? 'is-hovered' : undefined}>
      {region !== null && (
        <td>
          <RouteLink to={placeHref} className="clamp" title={region}>
            {region}
          </RouteLink>
        </td>
      )}
      <td className="label">
        {/* At most a few lines in the row (CSS), whole in its title. */}
        <span className="clamp" title={i.label[lang]}>
          {i.label[lang]}
        </span>
      </td>
      <td className="num">
        <RouteLink to={href}>{formatValue(i, lang)}</RouteLink>
        {/* Status (and context) beside the value itself: never hidden, on a phone or in print. */}
        <span className="badges">
          <StatusBadges indicator={i} lang={lang} />
        </span>
      </td>
      <td className="period">{i.period ? formatPeriod(i.period, lang) : '—'}</td>
      <td className="col-sector">
        <span className="clamp" title={sectors}>
          {sectors}
        </span>
      </td>
    </tr>
  );
});

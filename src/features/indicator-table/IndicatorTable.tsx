// The table behind every chart: sortable, each value a link to its sentence.
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { ViewContext } from '../../app/view-context.tsx';
import type { IndicatorSummary } from '../../domain/app-data.ts';
import { sortIndicators } from '../../data/selectors.ts';
import { formatValue } from '../../format/number.ts';
import { STATUS_LABEL, type MessageKey } from '../../i18n/messages.ts';
import { useUiStore } from '../../store/ui-store.ts';
import { hrefWith } from '../../url/href.ts';
import type { SortKey } from '../../url/view-state.ts';

const COLUMNS: { key: SortKey; label: MessageKey }[] = [
  { key: 'region', label: 'region' },
  { key: 'label', label: 'label' },
  { key: 'value', label: 'value' },
  { key: 'period', label: 'period' },
];

export function IndicatorTable({ ctx, rows }: { ctx: ViewContext; rows: IndicatorSummary[] }) {
  const { index, view, update, lang, t } = ctx;
  const sorted = useMemo(() => sortIndicators(rows, view.sort, view.dir, index, lang), [rows, view.sort, view.dir, index, lang]);
  const hovered = useUiStore((s) => s.hoveredRegionId);
  const setHovered = useUiStore((s) => s.setHoveredRegion);
  return (
    <section aria-labelledby="table-title">
      <h2 id="table-title">{t('table')}</h2>
      <div className="table-scroll">
        <table className="indicator-table">
          <caption>{t('tableCaption', { n: rows.length })}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={view.sort === c.key ? (view.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => update({ sort: c.key, dir: view.sort === c.key && view.dir === 'asc' ? 'desc' : 'asc' })}
                  >
                    {t(c.label)}
                    <span aria-hidden="true">{view.sort === c.key ? (view.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
              <th scope="col" className="col-sector">
                {t('sector')}
              </th>
              <th scope="col" className="col-status">
                {t('status')}
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((i) => (
              <tr
                key={i.id}
                data-indicator={i.id}
                data-region={i.regionId}
                className={hovered === i.regionId ? 'is-hovered' : undefined}
                onMouseEnter={() => setHovered(i.regionId)}
                onMouseLeave={() => setHovered(null)}
              >
                <td>{index.regionById.get(i.regionId)?.name[lang]}</td>
                <td>{i.label[lang]}</td>
                <td className="num">
                  <Link to={hrefWith(`/article/${i.articleId}`, view, ['lang'], { indicator: i.id })} title={i.quote}>
                    {formatValue(i, lang)}
                  </Link>
                </td>
                <td>{i.period?.label ?? '—'}</td>
                <td className="col-sector">{i.sectorIds.map((s) => index.sectorById.get(s)?.name[lang]).join('、')}</td>
                <td className="col-status">{STATUS_LABEL[lang][i.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

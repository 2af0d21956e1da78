// Compare figures of one measure (or of measures declared comparable) across the
// filtered places and periods: bars in one normalised unit, coloured by place
// with a key, projections drawn apart with a legend. Only comparisons with two
// or more figures are offered; when there is none, the explorer says so.
import { useCallback, useMemo } from 'react';
import { useParams } from 'react-router';
import { LazyChart } from '../../charts/lazy-chart.tsx';
import { buildBarBase, buildBarData, isProjected } from '../../charts/options/bar-option.ts';
import { DownloadData } from '../../components/download-data.tsx';
import { PlaceKey, StatusLegend } from '../../components/status.tsx';
import { comparisonBars, comparisons, EXPLORER_TOP_N } from '../../data/comparisons.ts';
import { filterSummary, sourceSummary } from '../../data/filter-summary.ts';
import type { IndicatorSummary } from '../../domain/app-data.ts';
import { labelWithPeriod } from '../../format/label.ts';
import { useNarrow } from '../../hooks/use-narrow.ts';
import { useOpenIndicator } from '../../hooks/use-open-indicator.ts';
import { useIndex, useLang, usePalette, useT, useViewState } from '../../hooks/view-context.tsx';

export function Explorer({ rows }: { rows: IndicatorSummary[] }) {
  const index = useIndex();
  const { view, update } = useViewState();
  const lang = useLang();
  const palette = usePalette();
  const t = useT();
  const offered = useMemo(() => comparisons(index, rows), [index, rows]);
  // The URL's measure may have nothing to compare under these filters: the first offered then.
  const chosen = offered.find((c) => c.measures.some((m) => m.id === view.measure)) ?? offered[0];
  const bars = useMemo(() => (chosen ? comparisonBars(chosen, view.all) : { rows: [], total: 0 }), [chosen, view.all]);
  const name = chosen ? chosen.measures.map((m) => m.name[lang]).join(' / ') : '';
  const narrow = useNarrow();
  const base = useCallback(
    () => buildBarBase({ palette, horizontal: true, labelWidth: narrow ? 110 : 240 }),
    [palette, narrow],
  );
  const data = useCallback(
    () =>
      buildBarData({
        indicators: bars.rows,
        category: (i) => labelWithPeriod(i, lang),
        regions: index.regionById,
        lang,
        palette,
        title: name,
        horizontal: true,
      }),
    [bars.rows, index, lang, palette, name],
  );
  const open = useOpenIndicator();
  const { regionId } = useParams();
  const download = useMemo(
    () =>
      chosen && {
        title: `${t('explorer')}: ${name}`,
        filters: filterSummary(view, index, lang, regionId),
        source: sourceSummary(
          bars.rows.map((i) => i.articleId),
          index,
          lang,
        ),
        fileName: `regional-pulse-compare-${chosen.id}`,
      },
    [chosen, t, name, view, index, lang, regionId, bars.rows],
  );
  const places = useMemo(() => {
    const ids = new Set(bars.rows.map((i) => i.regionId));
    return index.dataset.regions
      .filter((r) => ids.has(r.id))
      .map((r) => ({ id: r.id, name: r.name[lang], color: palette.region[r.id] ?? palette.muted }));
  }, [bars.rows, index, lang, palette]);

  return (
    <section aria-labelledby="explorer-title" className="card explorer">
      <h2 id="explorer-title">{t('explorer')}</h2>
      <p className="note">{t('explorerHelp')}</p>
      {!chosen ? (
        <p className="notice">{t('explorerNone')}</p>
      ) : (
        <>
          <div className="explorer-controls">
            <label>
              {t('measure')}{' '}
              <select value={chosen.id} onChange={(e) => update({ measure: e.target.value, all: false })}>
                {offered.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.measures.map((m) => m.name[lang]).join(' / ')} ({c.count})
                  </option>
                ))}
              </select>
            </label>
            {bars.total > EXPLORER_TOP_N && (
              <button type="button" className="button" onClick={() => update((v) => ({ all: !v.all }))}>
                {view.all ? t('showTop', { n: EXPLORER_TOP_N }) : `${t('showAll')} (${bars.total})`}
              </button>
            )}
          </div>
          <div className="chart-keys">
            <PlaceKey places={places} />
            <StatusLegend lang={lang} projected={bars.rows.some(isProjected)} />
          </div>
          <LazyChart
            name="explorer"
            base={base}
            data={data}
            height={Math.max(140, bars.rows.length * 40 + 50)}
            onSelect={open}
            loadingLabel={t('loading')}
            failedLabel={t('failedChart')}
            retryLabel={t('retry')}
            download={download}
          />
          {chosen.converted && <p className="note">{t('unitsConverted')}</p>}
          <DownloadData
            rows={() => bars.rows}
            fileName={`regional-pulse-compare-${chosen.id}`}
            title={`${t('explorer')}: ${name}`}
          />
        </>
      )}
    </section>
  );
}

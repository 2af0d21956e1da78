// Compare indicators of one unit family across the filtered regions and sectors.
import { useCallback, useMemo } from 'react';
import { LazyChart } from '../../charts/LazyChart.tsx';
import { buildExplorerOption } from '../../charts/options/explorer-option.ts';
import type { IndicatorSummary } from '../../domain/app-data.ts';
import { EXPLORER_TOP_N, explorerRows, familiesPresent } from '../../data/selectors.ts';
import { FAMILY_LABEL } from '../../i18n/messages.ts';
import { useNarrow } from '../../hooks/use-narrow.ts';
import { useOpenIndicator } from '../../hooks/use-open-indicator.ts';
import { useIndex, useLang, usePalette, useT, useViewState } from '../../hooks/view-context.tsx';

/** Ranks of different things (a firm's world rank, a city's national rank) do not compare. */
const NOT_COMPARABLE = new Set(['rank']);

export function Explorer({ rows }: { rows: IndicatorSummary[] }) {
  const index = useIndex();
  const { view, update } = useViewState();
  const lang = useLang();
  const palette = usePalette();
  const t = useT();
  const families = useMemo(() => familiesPresent(rows).filter((f) => !NOT_COMPARABLE.has(f.family)), [rows]);
  // The URL's family may have no rows under these filters: fall back to the first present.
  const family = families.some((f) => f.family === view.family) ? view.family : families[0]?.family;
  const bars = useMemo(() => (family ? explorerRows(rows, family, view.all) : { rows: [], total: 0 }), [rows, family, view.all]);
  const title = `${t('explorer')}: ${family ? FAMILY_LABEL[lang][family] : ''}`;
  const labelWidth = useNarrow() ? 110 : 240;
  const option = useCallback(
    () => buildExplorerOption(bars.rows, index.regionById, lang, palette, title, labelWidth),
    [bars.rows, index, lang, palette, title, labelWidth],
  );
  const open = useOpenIndicator();
  if (!family) return null;
  return (
    <section aria-labelledby="explorer-title" className="card explorer">
      <h2 id="explorer-title">{t('explorer')}</h2>
      <p className="note">{t('explorerHelp')}</p>
      <div className="explorer-controls">
        <label>
          {t('unitFamily')}{' '}
          <select value={family} onChange={(e) => update({ family: e.target.value as typeof family, all: false })}>
            {families.map((f) => (
              <option key={f.family} value={f.family}>
                {FAMILY_LABEL[lang][f.family]} ({f.count})
              </option>
            ))}
          </select>
        </label>
        {bars.total > EXPLORER_TOP_N && (
          <button type="button" className="button" onClick={() => update({ all: !view.all })}>
            {view.all ? t('showTop', { n: EXPLORER_TOP_N }) : `${t('showAll')} (${bars.total})`}
          </button>
        )}
      </div>
      <LazyChart name="explorer" option={option} height={Math.max(160, bars.rows.length * 34 + 60)} onSelect={open} loadingLabel={t('loading')} failedLabel={t('failedChart')} retryLabel={t('retry')} />
    </section>
  );
}

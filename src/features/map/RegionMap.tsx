// The six places on the map of China; a click opens the place's view.
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import type { ViewContext } from '../../app/view-context.tsx';
import { LazyMapChart } from '../../charts/LazyChart.tsx';
import type { RegisteredMap } from '../../charts/map-registry.ts';
import { buildChinaBaseOption, buildChinaMarkersOption } from '../../charts/options/map-option.ts';
import type { IndicatorSummary } from '../../domain/app-data.ts';
import { useUiStore } from '../../store/ui-store.ts';
import { hrefWith } from '../../url/href.ts';

export function RegionMap({ ctx, rows, height = 420 }: { ctx: ViewContext; rows: IndicatorSummary[]; height?: number }) {
  const { index, view, palette, t, lang } = ctx;
  const navigate = useNavigate();
  const baseOption = useCallback((map: RegisteredMap) => buildChinaBaseOption(map.name, map.bounds!, palette), [palette]);
  const markersOption = useCallback(
    (map: RegisteredMap) =>
      buildChinaMarkersOption({
        frame: map.frame!,
        bounds: map.bounds!,
        regions: index.dataset.regions,
        activeRegionIds: view.regions,
        indicators: rows,
        lang,
        palette,
        countLabel: (n) => t('indicatorsCount', { n }),
      }),
    [index, view.regions, rows, lang, palette, t],
  );
  // Hover is shared with the table through the UI store, never through the URL.
  const hovered = useUiStore((s) => s.hoveredRegionId);
  const setHovered = useUiStore((s) => s.setHoveredRegion);
  const onSelect = useCallback((regionId: string) => navigate(hrefWith(`/region/${regionId}`, view, ['lang', 'sectors', 'q'])), [navigate, view]);
  return (
    <figure className="map">
      {/* Provinces below, drawn once; markers above, redrawn on every filter change. */}
      <div className="map-layers" style={{ height }}>
        <LazyMapChart name="china-map-base" map="china" option={baseOption} height={height} decorative loadingLabel={t('loading')} errorLabel={t('loadFailed')} />
        <LazyMapChart
          name="china-map"
          map="china"
          option={markersOption}
          height={height}
          onSelect={onSelect}
          onHover={setHovered}
          highlightId={hovered}
          loadingLabel=""
          errorLabel={t('loadFailed')}
        />
      </div>
      <figcaption className="note">{t('mapNote')}</figcaption>
    </figure>
  );
}

// The places on the map of China; a click opens the place's view.
import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { LazyMapChart } from '../../charts/lazy-chart.tsx';
import type { RegisteredMap } from '../../charts/map-registry.ts';
import { textWidth } from '../../charts/text-width.ts';
import {
  buildChinaBaseOption,
  buildChinaMarkersBase,
  buildChinaMarkersData,
  layoutChinaMarkers,
  noData,
  type Bounds,
} from '../../charts/options/map-option.ts';
import type { IndicatorSummary } from '../../domain/app-data.ts';
import { regionCounts } from '../../data/selectors.ts';
import { useIndex, useLang, usePalette, useT, useViewState } from '../../hooks/view-context.tsx';
import { useWidth } from '../../hooks/use-width.ts';
import { rememberLast } from '../../lib/remember-last.ts';
import { RouteLink } from '../../components/route-link.tsx';
import { useUiStore } from '../../store/ui-store.ts';
import { hrefWith } from '../../url/href.ts';

export function RegionMap({ rows, height = 420 }: { rows: IndicatorSummary[]; height?: number }) {
  const index = useIndex();
  const { view } = useViewState();
  const palette = usePalette();
  const t = useT();
  const lang = useLang();
  const navigate = useNavigate();
  // The markers and labels are laid out in the chart's pixels: they follow its width.
  const [boxRef, width] = useWidth<HTMLDivElement>();
  const baseOption = useCallback(
    (map: RegisteredMap) => buildChinaBaseOption(map.name, map.bounds, palette),
    [palette],
  );
  const regions = index.dataset.regions;
  const markersBase = useCallback(
    (map: RegisteredMap) => buildChinaMarkersBase({ frame: map.frame!, bounds: map.bounds, regions, lang, palette }),
    [regions, lang, palette],
  );
  // The layout follows the places, the box, the language and the selection, not the
  // rows: kept across the sector and search toggles, made again only when one of those changes.
  const selection = view.regions.join();
  const layoutFor = useMemo(() => {
    const selectedIds = selection ? selection.split(',') : [];
    return rememberLast((bounds: Bounds) =>
      layoutChinaMarkers({ regions, selectedIds, lang, bounds, box: { width, height }, textWidth }),
    );
  }, [regions, selection, lang, width, height]);
  const counts = useMemo(() => regionCounts(index, rows), [index, rows]);
  const markersData = useCallback(
    (map: RegisteredMap) =>
      buildChinaMarkersData({
        layout: layoutFor(map.bounds),
        regions,
        activeRegionIds: view.regions,
        filtered: view.regions.length > 0 || view.sectors.length > 0 || view.q !== '',
        indicators: rows,
        counts,
        lang,
        palette,
        countLabel: (n) => t('indicatorsCount', { n }),
      }),
    [regions, view.regions, view.sectors, view.q, rows, counts, lang, palette, t, layoutFor],
  );
  // Hover is shared with the table through the UI store, never through the URL.
  const hovered = useUiStore((s) => s.hoveredRegionId);
  const setHovered = useUiStore((s) => s.setHoveredRegion);
  const placeHref = useCallback(
    (regionId: string) => hrefWith(`/region/${regionId}`, view, ['lang', 'sectors', 'q']),
    [view],
  );
  const onSelect = useCallback((regionId: string) => void navigate(placeHref(regionId)), [navigate, placeHref]);
  return (
    <figure className="map">
      {/* Provinces below, drawn once; markers above, redrawn on every filter change. */}
      <div className="map-layers" style={{ height }} ref={boxRef}>
        <LazyMapChart
          name="china-map-base"
          map="china"
          base={baseOption}
          data={noData}
          height={height}
          decorative
          loadingLabel={t('loading')}
          failedLabel={t('failedMap')}
          retryLabel={t('retry')}
        />
        <LazyMapChart
          name="china-map"
          map="china"
          base={markersBase}
          data={markersData}
          height={height}
          onSelect={onSelect}
          onHover={setHovered}
          highlightId={hovered}
          loadingLabel=""
          failedLabel={t('failedMap')}
          retryLabel={t('retry')}
        />
      </div>
      {/* The map's places as links, mirroring it: hover or focus marks the marker, Enter opens the place. Never mouse-only. */}
      <ul className="place-list" aria-label={t('placesOnMap')}>
        {regions.map((r) => (
          <li key={r.id}>
            <RouteLink
              to={placeHref(r.id)}
              className={hovered === r.id ? 'is-hovered' : undefined}
              onMouseEnter={() => setHovered(r.id)}
              onMouseLeave={() => setHovered(null)}
              onFocus={() => setHovered(r.id)}
              onBlur={() => setHovered(null)}
            >
              <span className="swatch" style={{ background: palette.region[r.id] }} aria-hidden="true" />
              {r.name[lang]}
            </RouteLink>
          </li>
        ))}
      </ul>
      <figcaption className="note">
        {t('mapHint')} {t('mapNote')}
      </figcaption>
    </figure>
  );
}

// Where a place lies: its outline inside its city's districts.
import { useCallback } from 'react';
import { LazyMapChart } from '../../charts/lazy-chart.tsx';
import type { RegisteredMap } from '../../charts/map-registry.ts';
import { textWidth } from '../../charts/text-width.ts';
import { buildPlaceMapOption, noData } from '../../charts/options/map-option.ts';
import type { Region } from '../../domain/schema.ts';
import { useLang, usePalette, useT } from '../../hooks/view-context.tsx';
import { useWidth } from '../../hooks/use-width.ts';

const HEIGHT = 300;

export function PlaceMap({ region }: { region: Region }) {
  const palette = usePalette();
  const lang = useLang();
  const t = useT();
  // The seat's label is laid out in the chart's pixels: it follows the chart's width.
  const [boxRef, width] = useWidth<HTMLDivElement>();
  const option = useCallback(
    (map: RegisteredMap) =>
      buildPlaceMapOption({
        mapName: map.name,
        placeFeature: map.place ?? '',
        bounds: map.bounds,
        box: { width, height: HEIGHT },
        textWidth,
        region,
        lang,
        palette,
      }),
    [region, lang, palette, width],
  );
  return (
    <figure className="map place-map">
      <div ref={boxRef}>
        <LazyMapChart
          name="place-map"
          map={region.id}
          base={option}
          data={noData}
          height={HEIGHT}
          loadingLabel={t('loading')}
          failedLabel={t('failedMap')}
          retryLabel={t('retry')}
        />
      </div>
      <figcaption className="note">{t('mapNote')}</figcaption>
    </figure>
  );
}

// Where a place lies: its outline inside its city's districts.
import { useCallback } from 'react';
import { LazyMapChart } from '../../charts/LazyChart.tsx';
import { buildPlaceMapOption, noData } from '../../charts/options/map-option.ts';
import type { Region } from '../../domain/schema.ts';
import { useLang, usePalette, useT } from '../../hooks/view-context.tsx';

export function PlaceMap({ region }: { region: Region }) {
  const palette = usePalette();
  const lang = useLang();
  const t = useT();
  const option = useCallback(
    (map: { name: string; place?: string }) => buildPlaceMapOption({ mapName: map.name, placeFeature: map.place ?? '', region, lang, palette }),
    [region, lang, palette],
  );
  return (
    <figure className="map place-map">
      <LazyMapChart name="place-map" map={region.id} base={option} data={noData} height={300} loadingLabel={t('loading')} failedLabel={t('failedMap')} retryLabel={t('retry')} />
      <figcaption className="note">{t('mapNote')}</figcaption>
    </figure>
  );
}

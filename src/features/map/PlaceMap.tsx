// Where a place lies: its outline inside its city's districts.
import { useCallback } from 'react';
import type { ViewContext } from '../../app/view-context.tsx';
import { LazyMapChart } from '../../charts/LazyChart.tsx';
import { buildPlaceMapOption } from '../../charts/options/map-option.ts';
import type { Region } from '../../domain/schema.ts';

export function PlaceMap({ ctx, region }: { ctx: ViewContext; region: Region }) {
  const { palette, lang, t } = ctx;
  const option = useCallback(
    (map: { name: string; place?: string }) => buildPlaceMapOption({ mapName: map.name, placeFeature: map.place ?? '', region, lang, palette }),
    [region, lang, palette],
  );
  return (
    <figure className="map place-map">
      <LazyMapChart name="place-map" map={region.id} option={option} height={300} loadingLabel={t('loading')} errorLabel={t('loadFailed')} />
      <figcaption className="note">{t('mapNote')}</figcaption>
    </figure>
  );
}

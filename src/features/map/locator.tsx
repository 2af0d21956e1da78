// Where a place lies in China: a small map of the provinces, its own marked.
import { useCallback } from 'react';
import { LazyMapChart } from '../../charts/lazy-chart.tsx';
import { buildLocatorOption, noData } from '../../charts/options/map-option.ts';
import type { Region } from '../../domain/schema.ts';
import { useLang, usePalette, useT } from '../../hooks/view-context.tsx';

export function Locator({ region }: { region: Region }) {
  const palette = usePalette();
  const lang = useLang();
  const t = useT();
  const option = useCallback(() => buildLocatorOption({ region, lang, palette }), [region, lang, palette]);
  return (
    <figure className="map locator">
      <LazyMapChart
        name="locator"
        map="china"
        base={option}
        data={noData}
        height={150}
        loadingLabel={t('loading')}
        failedLabel={t('failedMap')}
        retryLabel={t('retry')}
      />
      <figcaption className="note">
        {t('locator')}: {region.province[lang]}
      </figcaption>
    </figure>
  );
}

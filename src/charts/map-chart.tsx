// A chart on a boundary map: waits for the map file, then draws like any chart.
import { useMemo } from 'react';
import Chart, { type ChartProps } from './chart.tsx';
import { loadMap, retryMap, type RegisteredMap } from './map-registry.ts';
import type { ChartOption } from './options/types.ts';
import { Placeholder } from './placeholder.tsx';
import { LoadFailed } from '../components/load-failed.tsx';
import { useLoadState } from '../hooks/use-load.ts';

export interface MapChartProps extends Omit<ChartProps, 'base' | 'data'> {
  /** "china", or a region id for that place's city map. */
  map: string;
  /** Build the two parts of the option (see chart.tsx) once the map is registered. */
  base: (map: RegisteredMap) => ChartOption;
  data: (map: RegisteredMap) => ChartOption;
  /** Shown while the map file loads. */
  loadingLabel?: string;
  /** Shown, with a retry, if the map file fails. */
  failedLabel: string;
  retryLabel: string;
}

export default function MapChart({
  map,
  base,
  data,
  loadingLabel = '',
  failedLabel,
  retryLabel,
  ...rest
}: MapChartProps) {
  const registered = useLoadState(loadMap(map));
  const value = registered.status === 'ok' ? registered.value : undefined;
  const buildBase = useMemo(() => value && (() => base(value)), [base, value]);
  const buildData = useMemo(() => value && (() => data(value)), [data, value]);
  if (registered.status === 'error')
    return (
      <LoadFailed message={failedLabel} retryLabel={retryLabel} onRetry={() => retryMap(map)} height={rest.height} />
    );
  if (!buildBase || !buildData) return <Placeholder height={rest.height} label={loadingLabel} />;
  return <Chart {...rest} base={buildBase} data={buildData} />;
}

// A chart on a boundary map: waits for the map file, then draws like any chart.
import { useMemo } from 'react';
import Chart, { type ChartProps } from './Chart.tsx';
import { loadMap, retryMap, type RegisteredMap } from './map-registry.ts';
import { Placeholder } from './Placeholder.tsx';
import { LoadFailed } from '../components/load-failed.tsx';
import { useLoadState } from '../hooks/use-load.ts';

export interface MapChartProps extends Omit<ChartProps, 'option'> {
  /** "china", or a region id for that place's city map. */
  map: string;
  /** Builds the option once the map is registered. */
  option: (map: RegisteredMap) => ReturnType<ChartProps['option']>;
  /** Shown while the map file loads. */
  loadingLabel?: string;
  /** Shown, with a retry, if the map file fails. */
  failedLabel: string;
  retryLabel: string;
}

export default function MapChart({ map, option, loadingLabel = '', failedLabel, retryLabel, ...rest }: MapChartProps) {
  const registered = useLoadState(loadMap(map));
  const value = registered.status === 'ok' ? registered.value : undefined;
  const build = useMemo(() => (value ? () => option(value) : null), [option, value]);
  if (registered.status === 'error') return <LoadFailed message={failedLabel} retryLabel={retryLabel} onRetry={() => retryMap(map)} height={rest.height} />;
  if (!build) return <Placeholder height={rest.height} label={loadingLabel} />;
  return <Chart {...rest} option={build} />;
}

// A chart on a boundary map: waits for the map file, then draws like any chart.
import { useMemo } from 'react';
import Chart from './Chart.tsx';
import { loadChinaMap, loadPlaceMap, type RegisteredMap } from './map-registry.ts';
import { Placeholder } from './Placeholder.tsx';
import { useSettled } from '../lib/use-settled.ts';

export interface MapChartProps {
  name: string;
  /** "china", or a region id for that place's city map. */
  map: string;
  /** Builds the option once the map is registered. */
  option: (map: RegisteredMap) => object;
  height: number;
  onSelect?: (id: string) => void;
  onHover?: (id: string | null) => void;
  highlightId?: string | null;
  /** Shown while the map file loads. */
  loadingLabel?: string;
}

export default function MapChart({ map, option, loadingLabel = '', ...rest }: MapChartProps) {
  const registered = useSettled(map === 'china' ? loadChinaMap() : loadPlaceMap(map));
  const build = useMemo(() => (registered ? () => option(registered) : null), [option, registered]);
  if (!build) return <Placeholder height={rest.height} label={loadingLabel} />;
  return <Chart {...rest} option={build} />;
}

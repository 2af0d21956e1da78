// A chart on a boundary map: waits for the map file, then draws like any chart.
import { use, useMemo } from 'react';
import Chart from './Chart.tsx';
import { loadChinaMap, loadPlaceMap, type RegisteredMap } from './map-registry.ts';

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
}

export default function MapChart({ map, option, ...rest }: MapChartProps) {
  const registered = use(map === 'china' ? loadChinaMap() : loadPlaceMap(map));
  const built = useMemo(() => option(registered), [option, registered]);
  return <Chart {...rest} option={built} />;
}

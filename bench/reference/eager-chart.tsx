// Reference only: charts and maps imported eagerly, the map file fetched at startup.
import Chart, { type ChartProps } from '../../src/charts/chart.tsx';
import { loadMap } from '../../src/charts/map-registry.ts';
import MapChart, { type MapChartProps } from '../../src/charts/map-chart.tsx';

loadMap('china');

type Labels = { loadingLabel: string; failedLabel: string; retryLabel: string };

export function LazyChart(props: ChartProps & Labels) {
  return <Chart {...props} />;
}

export function LazyMapChart(props: MapChartProps & Labels) {
  return <MapChart {...props} />;
}

/** Everything is already loaded eagerly in the reference. */
export function preloadCharts(_options: { chinaMap: boolean }) {}

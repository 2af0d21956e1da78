// Reference only: charts and maps imported eagerly, the map file fetched at startup.
import Chart, { type ChartProps } from '../../src/charts/Chart.tsx';
import { loadChinaMap } from '../../src/charts/map-registry.ts';
import MapChart, { type MapChartProps } from '../../src/charts/MapChart.tsx';
import { Suspense } from 'react';

void loadChinaMap();

export function LazyChart(props: ChartProps & { loadingLabel: string; errorLabel: string }) {
  return <Chart {...props} />;
}

export function LazyMapChart(props: MapChartProps & { loadingLabel: string; errorLabel: string }) {
  return (
    <Suspense fallback={<div style={{ height: props.height }}>{props.loadingLabel}</div>}>
      <MapChart {...props} />
    </Suspense>
  );
}

/** Everything is already loaded eagerly in the reference. */
export function preloadCharts(_options: { chinaMap: boolean }) {}

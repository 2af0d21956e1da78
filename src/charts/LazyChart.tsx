// Charts and maps load ECharts on demand: the page's text paints first, and a
// placeholder of the chart's exact height keeps the layout from jumping.
import { Component, lazy, Suspense, type ReactNode } from 'react';
import type { ChartProps } from './Chart.tsx';
import type { MapChartProps } from './MapChart.tsx';

const loadChart = () => import('./Chart.tsx');
const loadMapChart = () => import('./MapChart.tsx');
const Chart = lazy(loadChart);
const MapChart = lazy(loadMapChart);

/**
 * Starts fetching the chart code in parallel with the data, for views that draw
 * charts; the map code is a separate chunk, so it never delays the charts.
 */
export function preloadCharts() {
  void loadChart().catch(() => undefined);
  void loadMapChart().catch(() => undefined);
}

function Placeholder({ height, label }: { height: number; label: string }) {
  return (
    <div className="chart-placeholder" style={{ height }} role="status">
      {label}
    </div>
  );
}

class ChartErrorBoundary extends Component<{ height: number; message: string; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? <Placeholder height={this.props.height} label={this.props.message} /> : this.props.children;
  }
}

type Loading = { loadingLabel: string; errorLabel: string };

/** Wraps a lazily loaded chart in its placeholder and error boundary. */
function withPlaceholder<P extends { height: number }>(Inner: React.ComponentType<P>) {
  return function Lazy(props: P & Loading) {
    return (
      <ChartErrorBoundary height={props.height} message={props.errorLabel}>
        <Suspense fallback={<Placeholder height={props.height} label={props.loadingLabel} />}>
          <Inner {...props} />
        </Suspense>
      </ChartErrorBoundary>
    );
  };
}

export const LazyChart = withPlaceholder<ChartProps>(Chart);
export const LazyMapChart = withPlaceholder<MapChartProps>(MapChart);

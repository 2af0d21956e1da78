// Charts and maps load ECharts on demand: the page's text paints first, and a
// placeholder of the chart's exact height keeps the layout from jumping.
import { Component, useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import type { ChartProps } from './Chart.tsx';
import { fetchChinaMapFile } from './map-files.ts';
import type { MapChartProps } from './MapChart.tsx';
import { Placeholder } from './Placeholder.tsx';
import { keptLoad } from '../lib/settled.ts';
import { useSettled } from '../lib/use-settled.ts';

// Each module is requested once; every chart reads the same tracked promise.
const loadChart = keptLoad(() => import('./Chart.tsx'));
const loadMapChart = keptLoad(() => import('./MapChart.tsx'));

/**
 * Starts fetching the chart code in parallel with the data, for views that draw
 * charts, and the China map file for the view that shows it; the map is fetched
 * apart from the chart code, so it never delays the charts.
 */
export function preloadCharts({ chinaMap }: { chinaMap: boolean }) {
  void loadChart().catch(() => undefined);
  void loadMapChart().catch(() => undefined);
  if (chinaMap) void fetchChinaMapFile().catch(() => undefined);
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

type Loading = {
  loadingLabel: string;
  errorLabel: string;
  /** A layer that carries no information of its own (e.g. the provinces under the markers): hidden from assistive tech. */
  decorative?: boolean;
};

/**
 * True once the element has come near the viewport. A chart is drawn when it is
 * about to be seen, and stays drawn: a page of many charts costs only what is on
 * screen, at load and on every filter change.
 */
function useSeen(ref: React.RefObject<HTMLElement | null>): boolean {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || seen) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setSeen(true);
          observer.disconnect();
        }
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, seen]);
  return seen;
}

/** The chart component once its module is there; the placeholder until then. */
function Loaded<P>({ load, props, placeholder }: { load: () => Promise<{ default: ComponentType<P> }>; props: P; placeholder: ReactNode }) {
  const module = useSettled(load());
  if (!module) return placeholder;
  const Inner = module.default;
  return <Inner {...(props as P & React.JSX.IntrinsicAttributes)} />;
}

/** Wraps a lazily loaded chart in its placeholder and error boundary, drawn once near the viewport. */
function withPlaceholder<P extends { height: number; name: string }>(load: () => Promise<{ default: ComponentType<P> }>) {
  return function Lazy({ decorative, ...props }: P & Loading) {
    const box = useRef<HTMLDivElement>(null);
    const seen = useSeen(box);
    const placeholder = <Placeholder height={props.height} label={props.loadingLabel} />;
    return (
      <div ref={box} data-chart={props.name} style={{ minHeight: props.height }} aria-hidden={decorative || undefined}>
        {seen ? (
          <ChartErrorBoundary height={props.height} message={props.errorLabel}>
            <Loaded load={load} props={props as unknown as P} placeholder={placeholder} />
          </ChartErrorBoundary>
        ) : (
          placeholder
        )}
      </div>
    );
  };
}

export const LazyChart = withPlaceholder<ChartProps>(loadChart);
export const LazyMapChart = withPlaceholder<MapChartProps>(loadMapChart);

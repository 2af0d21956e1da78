// Charts and maps load ECharts on demand: the page's text paints first, and a
// placeholder of the chart's exact height keeps the layout from jumping.
import { Component, useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import type { ChartHandle } from './chart-handle.ts';
import { ChartDownload, type DownloadCaption } from './chart-download.tsx';
import type { ChartProps } from './chart.tsx';
import { loadMapFile } from './map-files.ts';
import type { MapChartProps } from './map-chart.tsx';
import { Placeholder } from './placeholder.tsx';
import { LoadFailed } from '../components/load-failed.tsx';
import { useLoadState } from '../hooks/use-load.ts';
import { CODE_BOUNDS, load, valueOf, type Load } from '../lib/load.ts';

// Each module is requested once; every chart reads the same load. A bar chart
// needs the bar series too (cartesian-component.ts); a map does not.
// The wrapper is imported at once, beside the map's code, which imports it too:
// both then wait on one request, and a failed chunk is asked for once, not once
// per import (a browser asks again for a module that failed before).
const loadWrapper = () => load('code:chart-wrapper', () => import('./chart.tsx'), CODE_BOUNDS);
const loadChart = () =>
  load(
    'code:chart',
    async () => {
      const [chart] = await Promise.all([valueOf(loadWrapper()), import('./cartesian-component.ts')]);
      return chart;
    },
    CODE_BOUNDS,
  );
const loadMapChart = () => load('code:map-chart', () => import('./map-chart.tsx'), CODE_BOUNDS);

/**
 * Starts fetching the chart code in parallel with the data, for views that draw
 * charts, and the China map file for the view that shows it; the map is fetched
 * apart from the chart code, so it never delays the charts. `bars: false` for a
 * view whose first screen has no bar chart (`/`, under its map): their code
 * then comes when the first of them is about to be seen.
 */
export function preloadCharts({ chinaMap, bars }: { chinaMap: boolean; bars: boolean }) {
  loadWrapper();
  loadMapChart();
  if (bars) loadChart();
  if (chinaMap) loadMapFile('china');
}

/** A chart that throws while drawing shows what failed, and Retry draws it again. */
class ChartErrorBoundary extends Component<
  { height: number; labels: Labels; children: ReactNode },
  { failed: boolean }
> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch(error: unknown) {
    console.error(error);
  }
  render() {
    const { height, labels } = this.props;
    if (!this.state.failed) return this.props.children;
    return (
      <LoadFailed
        message={labels.failedLabel}
        retryLabel={labels.retryLabel}
        onRetry={() => this.setState({ failed: false })}
        height={height}
      />
    );
  }
}

type Labels = {
  loadingLabel: string;
  /** What failed, said where the chart would be (with a Retry). */
  failedLabel: string;
  retryLabel: string;
};

type Loading = Labels & {
  /** A layer that carries no information of its own (e.g. the provinces under the markers): hidden from assistive tech. */
  decorative?: boolean;
  /** Offers the chart as PNG and SVG, with this title, filters and source written into the image. */
  download?: DownloadCaption;
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
    // A page being printed draws every chart, seen or not.
    const print = () => setSeen(true);
    window.addEventListener('beforeprint', print);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', print);
    };
  }, [ref, seen]);
  return seen;
}

/** The chart component once its module is there; the placeholder until then. */
function Loaded<P>({
  code,
  props,
  placeholder,
  labels,
}: {
  code: Load<{ default: ComponentType<P> }>;
  props: P;
  placeholder: ReactNode;
  labels: Labels;
}) {
  const module = useLoadState(code);
  // Chart code that failed cannot be fetched again within the page: Retry reloads it.
  if (module.status === 'error')
    return (
      <LoadFailed
        message={labels.failedLabel}
        retryLabel={labels.retryLabel}
        onRetry={() => window.location.reload()}
      />
    );
  if (module.status === 'pending') return placeholder;
  const Inner = module.value.default;
  return <Inner {...(props as P & React.JSX.IntrinsicAttributes)} />;
}

/** Wraps a lazily loaded chart in its placeholder and error boundary, drawn once near the viewport. */
function withPlaceholder<P extends { height: number; name: string }>(code: () => Load<{ default: ComponentType<P> }>) {
  return function Lazy({ decorative, download, ...props }: P & Loading) {
    const box = useRef<HTMLDivElement>(null);
    const handle = useRef<ChartHandle | null>(null);
    const seen = useSeen(box);
    const placeholder = <Placeholder height={props.height} label={props.loadingLabel} />;
    const inner = (download ? { ...props, handle } : props) as unknown as P;
    return (
      <>
        <div
          ref={box}
          data-chart={props.name}
          style={{ minHeight: props.height }}
          aria-hidden={decorative || undefined}
        >
          {seen ? (
            <ChartErrorBoundary height={props.height} labels={props}>
              <Loaded code={code()} props={inner} placeholder={placeholder} labels={props} />
            </ChartErrorBoundary>
          ) : (
            placeholder
          )}
        </div>
        {download && seen && <ChartDownload handle={handle} caption={download} />}
      </>
    );
  };
}

export const LazyChart = withPlaceholder<ChartProps>(loadChart);
export const LazyMapChart = withPlaceholder<MapChartProps>(loadMapChart);

// A chart as an image file, drawn by ECharts itself on an offscreen instance:
// the chart's own option, with its title, the filters in force and the source
// lines (the source page, and where every number's sentence is) written into the
// image. Loaded only when a download is asked for (chart-download.tsx imports it
// dynamically): the SVG renderer, titles and graphics never reach a page that
// only shows charts.
import { GraphicComponent, TitleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartCaption, ChartHandle } from './chart-handle.ts';
import { echarts, THEME } from './echarts-setup.ts';
import type { ChartOption } from './options/types.ts';

echarts.use([SVGRenderer, TitleComponent, GraphicComponent]);

export interface ImageColors {
  background: string;
  text: string;
  subtleText: string;
}

const HEADER = 64;
const LINE = 18;
const PAD = 12;

type Grid = { top?: unknown; bottom?: unknown };
const px = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);

/** The frame around the chart: title and filters above, the source lines below, the grid moved in between. */
export function captionOption(base: ChartOption, caption: ChartCaption, colors: ImageColors, width: number) {
  const grid = (Array.isArray(base.grid) ? base.grid[0] : base.grid) as Grid | undefined;
  const lines = [caption.source, caption.link].filter(Boolean);
  const footer = lines.length * LINE + PAD * 2;
  const textWidth = width - PAD * 2;
  return {
    footer,
    option: {
      animation: false,
      backgroundColor: colors.background,
      grid: { top: HEADER + px(grid?.top, 16), bottom: footer + px(grid?.bottom, 8) },
      title: {
        text: caption.title,
        subtext: caption.filters,
        left: PAD,
        top: PAD,
        textStyle: { color: colors.text, fontSize: 16, width: textWidth, overflow: 'truncate' },
        subtextStyle: { color: colors.subtleText, fontSize: 12, width: textWidth, overflow: 'truncate' },
      },
      graphic: lines.map((text, n) => ({
        type: 'text',
        left: PAD,
        bottom: PAD + (lines.length - 1 - n) * LINE,
        style: { text, fill: n === 0 ? colors.text : colors.subtleText, fontSize: 12, width: textWidth, overflow: 'truncate' },
      })),
    },
  };
}

function draw(instance: ReturnType<typeof echarts.init>, parts: { base: ChartOption; data: ChartOption }, caption: ChartCaption, colors: ImageColors, width: number) {
  instance.setOption(parts.base, { notMerge: true });
  instance.setOption(parts.data, { replaceMerge: ['series'] });
  instance.setOption(captionOption(parts.base, caption, colors, width).option);
}

/** The size of the image: the chart's drawn width, and its height with room for the header and the source lines. */
export function imageSize(handle: ChartHandle, caption: ChartCaption) {
  const lines = [caption.source, caption.link].filter(Boolean).length;
  return { width: Math.max(320, handle.width()), height: handle.height() + HEADER + lines * LINE + PAD * 2 };
}

/** The chart as an SVG document (text kept as text). */
export function chartSvg(handle: ChartHandle, caption: ChartCaption, colors: ImageColors): string {
  const parts = handle.parts();
  if (!parts) throw new Error('the chart is not drawn yet');
  const { width, height } = imageSize(handle, caption);
  const instance = echarts.init(null, THEME, { renderer: 'svg', ssr: true, width, height });
  try {
    draw(instance, parts, caption, colors, width);
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}

function dataUrlToBlob(url: string): Blob {
  const [head = '', body = ''] = url.split(',');
  const type = /data:([^;]+)/.exec(head)?.[1] ?? 'image/png';
  const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type });
}

/** The chart as a PNG at twice its drawn size. */
export function chartPng(handle: ChartHandle, caption: ChartCaption, colors: ImageColors): Blob {
  const parts = handle.parts();
  if (!parts) throw new Error('the chart is not drawn yet');
  const { width, height } = imageSize(handle, caption);
  const element = document.createElement('div');
  const instance = echarts.init(element, THEME, { renderer: 'canvas', width, height });
  try {
    draw(instance, parts, caption, colors, width);
    return dataUrlToBlob(instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: colors.background }));
  } finally {
    instance.dispose();
  }
}

// A chart as an image file, drawn by ECharts itself on an offscreen instance:
// the chart's own option, with its title, the filters in force and the source
// lines (the source page, and where every number's sentence is) written into the
// image. Loaded only when a download is asked for (chart.tsx imports it
// dynamically): the SVG renderer, titles and graphics never reach a page that
// only shows charts.
import { GraphicComponent, TitleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartCaption, DrawnChart, ImageColors } from './chart-handle.ts';
import { echarts, FONT } from './echarts-setup.ts';
import { withoutTooltip } from './options/tooltip.ts';
import type { ChartOption } from './options/types.ts';

echarts.use([SVGRenderer, TitleComponent, GraphicComponent]);

/**
 * The page's font, its family names in single quotes: ECharts writes the family
 * into a double-quoted style attribute of the SVG unescaped, so a double quote
 * in it would make the file malformed XML.
 */
const FILE_FONT = FONT.replace(/"/g, "'");
const FILE_THEME = 'pulse-file';
echarts.registerTheme(FILE_THEME, { textStyle: { fontFamily: FILE_FONT } });

const PAD = 12;
const TITLE = { size: 16, line: 22 };
const SUB = { size: 12, line: 18 };

type Grid = { top?: unknown; bottom?: unknown };
const px = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);

let measurer: CanvasRenderingContext2D | null | undefined;
/** How many lines a text takes at a width (measured in the page's font; at least one). */
function linesOf(text: string, size: number, width: number, bold = false): number {
  measurer ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!measurer || !text) return 1;
  measurer.font = `${bold ? 'bold ' : ''}${size}px ${FONT}`;
  // A little slack: ECharts breaks at characters or words, never mid-glyph.
  return Math.max(1, Math.ceil((measurer.measureText(text).width * 1.05) / width));
}

/** How the caption is laid out at a width: the header's and the footer's heights, and each source line's height. */
export function captionLayout(caption: ChartCaption, width: number) {
  const textWidth = width - PAD * 2;
  const titleLines = linesOf(caption.title, TITLE.size, textWidth, true);
  const filterLines = caption.filters ? linesOf(caption.filters, SUB.size, textWidth) : 0;
  const lines = [caption.source, caption.link]
    .filter(Boolean)
    .map((text) => ({ text, height: linesOf(text, SUB.size, textWidth) * SUB.line }));
  return {
    textWidth,
    header: PAD + titleLines * TITLE.line + filterLines * SUB.line + PAD,
    footer: PAD + lines.reduce((sum, l) => sum + l.height, 0) + PAD,
    lines,
  };
}

/** The frame around the chart: title and filters above, the source lines below, the grid moved in between. */
export function captionOption(
  base: ChartOption,
  caption: ChartCaption,
  colors: ImageColors,
  width: number,
  height: number,
) {
  const grid = (Array.isArray(base.grid) ? base.grid[0] : base.grid) as Grid | undefined;
  const { textWidth, header, footer, lines } = captionLayout(caption, width);
  let top = height - footer + PAD;
  return {
    animation: false,
    backgroundColor: colors.background,
    grid: { top: header + px(grid?.top, 16), bottom: footer + px(grid?.bottom, 8) },
    title: {
      text: caption.title,
      subtext: caption.filters,
      left: PAD,
      top: PAD,
      itemGap: 4,
      textStyle: {
        color: colors.text,
        fontSize: TITLE.size,
        lineHeight: TITLE.line,
        fontWeight: 'bold',
        width: textWidth,
        overflow: 'break',
      },
      subtextStyle: {
        color: colors.subtleText,
        fontSize: SUB.size,
        lineHeight: SUB.line,
        width: textWidth,
        overflow: 'break',
      },
    },
    graphic: lines.map(({ text, height: h }, n) => {
      const at = top;
      top += h;
      return {
        type: 'text',
        left: PAD,
        top: at,
        style: {
          text,
          fill: n === 0 ? colors.text : colors.subtleText,
          font: `${SUB.size}px ${FILE_FONT}`,
          lineHeight: SUB.line,
          width: textWidth,
          overflow: 'break',
        },
      };
    }),
  };
}

function draw(
  instance: ReturnType<typeof echarts.init>,
  parts: { base: ChartOption; data: ChartOption },
  caption: ChartCaption,
  colors: ImageColors,
  size: { width: number; height: number },
) {
  instance.setOption(withoutTooltip(parts.base), { notMerge: true });
  instance.setOption(parts.data, { replaceMerge: ['series'] });
  instance.setOption(captionOption(parts.base, caption, colors, size.width, size.height));
}

/** The size of the image: the chart's drawn width, and its height with room for the header and the source lines. */
export function imageSize(drawn: Pick<DrawnChart, 'width' | 'height'>, caption: ChartCaption) {
  const width = Math.max(320, drawn.width);
  const { header, footer } = captionLayout(caption, width);
  return { width, height: drawn.height + header + footer };
}

/** The chart as an SVG document (text kept as text). */
export function chartSvg(drawn: DrawnChart, caption: ChartCaption, colors: ImageColors): string {
  const size = imageSize(drawn, caption);
  const instance = echarts.init(null, FILE_THEME, { renderer: 'svg', ssr: true, ...size });
  try {
    draw(instance, drawn.parts, caption, colors, size);
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
export function chartPng(drawn: DrawnChart, caption: ChartCaption, colors: ImageColors): Blob {
  const size = imageSize(drawn, caption);
  const instance = echarts.init(document.createElement('div'), FILE_THEME, { renderer: 'canvas', ...size });
  try {
    draw(instance, drawn.parts, caption, colors, size);
    return dataUrlToBlob(instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: colors.background }));
  } finally {
    instance.dispose();
  }
}

/** The image file of a drawn chart. */
export function chartImage(drawn: DrawnChart, format: 'png' | 'svg', caption: ChartCaption, colors: ImageColors): Blob {
  return format === 'svg'
    ? new Blob([chartSvg(drawn, caption, colors)], { type: 'image/svg+xml' })
    : chartPng(drawn, caption, colors);
}

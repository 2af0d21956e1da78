// How wide a chart label will be, before the chart draws it: the canvas's own text
// measure (the one ECharts uses), in the page's typeface (echarts-setup.ts), so a
// map can lay out its labels in pixels (options/place-layout.ts). No ECharts code:
// the views that lay out labels load before the chart chunk.

let font: string | undefined;
/** The page's typeface, from the stylesheet's --font: the charts draw their text in it (echarts-setup.ts). Read once (a read may cost a style pass). */
function pageFont(): string {
  font ??= getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'sans-serif';
  return font;
}

let context: CanvasRenderingContext2D | null | undefined;

/** A label's width in px. */
export function textWidth(text: string, fontSize: number, bold: boolean): number {
  context ??= document.createElement('canvas').getContext('2d');
  // No canvas (never in a browser that draws charts): a full em per character, too wide rather than too narrow.
  if (!context) return [...text].length * fontSize;
  context.font = `${bold ? 'bold ' : ''}${fontSize}px ${pageFont()}`;
  return context.measureText(text).width;
}

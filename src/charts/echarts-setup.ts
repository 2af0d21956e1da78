// ECharts, tree-shaken: the core plus only the charts and components this app draws.
// Registered once, here; everything that draws imports echarts from this module.
import { ScatterChart } from 'echarts/charts';
import { GeoComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// No AriaComponent: builders still write their description as `aria.label.description`,
// and chart.tsx sets it on the chart (role img, aria-label), as that component would.
// No TooltipComponent either: it comes with the first pointer on a chart (tooltip-on-demand.ts).
// The bar series comes with the first bar chart (cartesian-component.ts): `/` shows only its
// map until a reader scrolls.
echarts.use([ScatterChart, GeoComponent, CanvasRenderer]);

/**
 * Canvas text in the page's own typeface (the stylesheet's --font), so labels
 * match the page on every platform. ECharts' default, `sans-serif`, is often a
 * Latin font: each Chinese label then goes through font fallback.
 */
export const THEME = 'pulse';
// Read here and in text-width.ts alike (importing it would split a chunk off for one line).
export const FONT = getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'sans-serif';
echarts.registerTheme(THEME, { textStyle: { fontFamily: FONT } });

export { echarts };

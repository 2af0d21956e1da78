// ECharts, tree-shaken: the core plus only the charts and components this app draws.
// Registered once, here; everything that draws imports echarts from this module.
import { BarChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GeoComponent, GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { pageFont } from './text-width.ts';

echarts.use([BarChart, ScatterChart, GridComponent, TooltipComponent, GeoComponent, AriaComponent, CanvasRenderer]);

/**
 * Canvas text in the page's own typeface (the stylesheet's --font), so labels
 * match the page on every platform. ECharts' default, `sans-serif`, is often a
 * Latin font: each Chinese label then goes through font fallback.
 */
export const THEME = 'pulse';
export const FONT = pageFont();
echarts.registerTheme(THEME, { textStyle: { fontFamily: FONT } });

export { echarts };

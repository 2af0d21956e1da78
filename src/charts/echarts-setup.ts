// ECharts, tree-shaken: the core plus only the charts and components this app draws.
// Registered once, here; everything that draws imports echarts from this module.
import { BarChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GeoComponent, GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, ScatterChart, GridComponent, TooltipComponent, GeoComponent, AriaComponent, CanvasRenderer]);

export { echarts };

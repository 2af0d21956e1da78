// The bar series and the grid they are drawn on, registered on the shared
// instance's registry. Loaded with the first bar chart about to be seen
// (lazy-chart.tsx), not with the map: on `/` the map is the one chart on the
// first screen, and these are a third of the chart code.
import { BarChart } from 'echarts/charts';
import { GridSimpleComponent } from 'echarts/components';
import { echarts } from './echarts-setup.ts';

echarts.use([BarChart, GridSimpleComponent]);

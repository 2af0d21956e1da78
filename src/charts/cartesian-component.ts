// The bar series, registered on the shared instance's registry. Loaded with the
// first bar chart about to be seen (lazy-chart.tsx), not with the map: on `/`
// the map is the one chart on the first screen (8.6 KB gzip). The grid stays in
// the first chunk (ECharts' scatter series installs it); it is named here too,
// so the bars never rest on what the scatter series happens to install.
import { BarChart } from 'echarts/charts';
import { GridSimpleComponent } from 'echarts/components';
import { echarts } from './echarts-setup.ts';

echarts.use([BarChart, GridSimpleComponent]);

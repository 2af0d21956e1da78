// ECharts' tooltip, registered on the shared instance's registry. Imported only
// by tooltip-on-demand.ts, dynamically: see there why.
import { GridComponent, TooltipComponent } from 'echarts/components';
import { echarts } from './echarts-setup.ts';

// With the grid's own axis pointer, which echarts-setup.ts leaves out (GridSimpleComponent) for the same reason.
echarts.use([GridComponent, TooltipComponent]);

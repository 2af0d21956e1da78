// Reference only: the whole of ECharts.
import * as echarts from 'echarts';

export { echarts };

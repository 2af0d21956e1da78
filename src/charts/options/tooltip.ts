// The one tooltip setup for every chart: item tooltips whose HTML was escaped
// when the option was built (see indicator-tooltip.ts and escape.ts).
import type { Palette } from '../palette.ts';

type Tipped = { data?: { tip?: string }; name?: string };

export function itemTooltip(palette: Palette, fallback: (p: Tipped) => string = () => '') {
  return {
    trigger: 'item' as const,
    confine: true,
    // Appended to <body>, ECharts does not read the chart's computed style on
    // every update (a forced style recalculation per chart per filter change).
    appendTo: 'body',
    backgroundColor: palette.tooltipBackground,
    textStyle: { color: palette.text },
    formatter: (p: Tipped) => p.data?.tip ?? fallback(p),
  };
}

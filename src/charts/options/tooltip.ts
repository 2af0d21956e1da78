// The one tooltip setup for every chart: item tooltips whose HTML was escaped
// when the option was built (see indicator-tooltip.ts and escape.ts).
import type { Palette } from '../palette.ts';
import { escapeHtml } from './escape.ts';

type Tipped = { data?: { tip?: string }; name?: string };

// Formatters are module constants, so a rebuilt option's tooltip equals the
// previous one and is not passed to ECharts again (see option-update.ts).
const FORMATTERS = {
  tip: (p: Tipped) => p.data?.tip ?? '',
  tipOrName: (p: Tipped) => p.data?.tip ?? escapeHtml(p.name ?? ''),
};

/** A mark's prepared `tip`; without one, nothing, or (`'tipOrName'`) the mark's name. */
export function itemTooltip(palette: Palette, show: keyof typeof FORMATTERS = 'tip') {
  return {
    trigger: 'item' as const,
    confine: true,
    // Appended to <body>, ECharts does not read the chart's computed style on
    // every update (a forced style recalculation per chart per filter change).
    appendTo: 'body',
    backgroundColor: palette.tooltipBackground,
    textStyle: { color: palette.text },
    formatter: FORMATTERS[show],
  };
}

// The one tooltip setup for every chart: item tooltips whose HTML was escaped
// when the option was built (see indicator-tooltip.ts and escape.ts).
import type { Palette } from '../palette.ts';
import { escapeHtml } from './escape.ts';

import type { TooltipComponentOption } from 'echarts/components';
import type { ChartOption } from './types.ts';

// An item tooltip's one mark; its data carries the tip built with the option.
type Tipped = { data?: unknown; name?: string };
const tipOf = (p: Tipped) =>
  typeof p.data === 'object' && p.data !== null ? (p.data as { tip?: unknown }).tip : undefined;
const one = (params: unknown): Tipped => (Array.isArray(params) ? params[0] : params) as Tipped;

const FORMATTERS = {
  tip: (params: unknown) => {
    const tip = tipOf(one(params));
    return typeof tip === 'string' ? tip : '';
  },
  tipOrName: (params: unknown) => {
    const p = one(params);
    const tip = tipOf(p);
    return typeof tip === 'string' ? tip : escapeHtml(p.name ?? '');
  },
} satisfies Record<string, TooltipComponentOption['formatter']>;

/** A mark's prepared `tip`; without one, nothing, or (`'tipOrName'`) the mark's name. */
export function itemTooltip(palette: Palette, show: keyof typeof FORMATTERS = 'tip'): ChartOption['tooltip'] {
  return {
    trigger: 'item' as const,
    confine: true,
    className: 'chart-tooltip',
    // Appended to <body>, ECharts does not read the chart's computed style on
    // every update (a forced style recalculation per chart per filter change).
    appendTo: 'body',
    backgroundColor: palette.tooltipBackground,
    textStyle: { color: palette.text },
    formatter: FORMATTERS[show],
  };
}

/** An option without its tooltip: what a chart sets until the component has arrived (tooltip-on-demand.ts), and what an image is drawn from. */
export function withoutTooltip(option: ChartOption): ChartOption {
  if (!('tooltip' in option)) return option;
  const rest: Record<string, unknown> = { ...option };
  delete rest.tooltip;
  return rest;
}

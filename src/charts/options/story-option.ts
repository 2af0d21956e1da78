// A story's option from the indicators that pass the filters, or null when none do.
import type { Region } from '../../domain/schema.ts';
import type { IndicatorSummary } from '../../domain/app-data.ts';
import { STATUS_LABEL } from '../../i18n/messages.ts';
import type { Lang } from '../../domain/view.ts';
import type { Story } from './stories.ts';
import type { Palette } from '../palette.ts';
import { buildBarOption } from './bar-option.ts';
import { buildRankOption } from './rank-option.ts';

export interface StoryContext {
  passing: ReadonlyMap<string, IndicatorSummary>;
  regions: ReadonlyMap<string, Region>;
  lang: Lang;
  palette: Palette;
}

/** The story's indicators that pass the filters, in the story's order. */
export function storyIndicators(story: Story, passing: ReadonlyMap<string, IndicatorSummary>): IndicatorSummary[] {
  return story.indicatorIds.flatMap((id) => passing.get(id) ?? []);
}

/** Whether the story has a chart under these filters. */
export function storyDraws(story: Story, passing: ReadonlyMap<string, IndicatorSummary>): boolean {
  // A rank is drawn against its field; without both the chart would mislead.
  if (story.kind === 'rank') return story.indicatorIds.every((id) => passing.has(id));
  return story.indicatorIds.some((id) => passing.has(id));
}

export function buildStoryOption(story: Story, ctx: StoryContext): object | null {
  if (!storyDraws(story, ctx.passing)) return null;
  const indicators = storyIndicators(story, ctx.passing);
  const title = story.title[ctx.lang];
  if (story.kind === 'rank') {
    const [rank, of] = story.indicatorIds.map((id) => ctx.passing.get(id));
    if (!rank || !of) return null;
    return buildRankOption({ rank, of, regions: ctx.regions, lang: ctx.lang, palette: ctx.palette, title });
  }
  const category = (i: IndicatorSummary) =>
    story.category === 'period'
      ? `${i.period?.label ?? ''}${i.status === 'actual' ? '' : ` ${STATUS_LABEL[ctx.lang][i.status]}`}`
      : i.label[ctx.lang];
  return buildBarOption({ indicators, category, regions: ctx.regions, lang: ctx.lang, palette: ctx.palette, title, horizontal: story.horizontal ?? false });
}

// The stories (data/annotations/stories.yaml, in the dataset) whose figures pass
// the filters, each with its figures in the shape its kind draws. A story that
// needs all its figures to be honest (a part of a whole, a rate, a rank) is
// shown only when all of them pass.
import type { IndicatorSummary } from '../domain/app-data.ts';
import type { Period, Story } from '../domain/schema.ts';

type Of<K extends Story['kind']> = Extract<Story, { kind: K }>;

export type StoryFigures =
  | { kind: 'bars'; story: Of<'bars'>; figures: IndicatorSummary[] }
  | { kind: 'counts'; story: Of<'counts'>; figures: IndicatorSummary[] }
  | { kind: 'part-of-whole'; story: Of<'part-of-whole'>; whole: IndicatorSummary; parts: IndicatorSummary[] }
  | { kind: 'rate'; story: Of<'rate'>; numerator: IndicatorSummary; denominator: IndicatorSummary }
  | { kind: 'rank'; story: Of<'rank'>; rank: IndicatorSummary; of: IndicatorSummary };

/** A story's figures under the filters, or null when it should not be shown. */
export function storyFigures(story: Story, passing: ReadonlyMap<string, IndicatorSummary>): StoryFigures | null {
  const all = (ids: string[]) => {
    const found = ids.map((id) => passing.get(id));
    return found.every((i) => i !== undefined) ? (found) : null;
  };
  switch (story.kind) {
    case 'bars': {
      const figures = story.indicatorIds.flatMap((id) => passing.get(id) ?? []);
      return figures.length ? { kind: 'bars', story, figures } : null;
    }
    case 'counts': {
      const figures = story.indicatorIds.flatMap((id) => passing.get(id) ?? []);
      return figures.length ? { kind: 'counts', story, figures } : null;
    }
    case 'part-of-whole': {
      const found = all([story.wholeId, ...story.partIds]);
      return found ? { kind: 'part-of-whole', story, whole: found[0]!, parts: found.slice(1) } : null;
    }
    case 'rate': {
      const found = all([story.numeratorId, story.denominatorId]);
      return found ? { kind: 'rate', story, numerator: found[0]!, denominator: found[1]! } : null;
    }
    case 'rank': {
      const found = all([story.rankId, story.ofId]);
      return found ? { kind: 'rank', story, rank: found[0]!, of: found[1]! } : null;
    }
  }
}

/** Every indicator id a story names: which rows can matter to the stories. */
export function storyIndicatorIds(story: Story): string[] {
  switch (story.kind) {
    case 'bars':
    case 'counts':
      return story.indicatorIds;
    case 'part-of-whole':
      return [story.wholeId, ...story.partIds];
    case 'rate':
      return [story.numeratorId, story.denominatorId];
    case 'rank':
      return [story.rankId, story.ofId];
  }
}

/** The figures of a shown story, in reading order: for its list of links and its period line. */
export function figuresOf(shown: StoryFigures): IndicatorSummary[] {
  switch (shown.kind) {
    case 'bars':
    case 'counts':
      return shown.figures;
    case 'part-of-whole':
      return [shown.whole, ...shown.parts];
    case 'rate':
      return [shown.numerator, shown.denominator];
    case 'rank':
      return [shown.rank, shown.of];
  }
}

/** The periods a story's figures cover, in order, once each. */
export function storyPeriods(figures: IndicatorSummary[]): Period[] {
  const byLabel = new Map(figures.flatMap((i) => (i.period ? [[i.period.label, i.period] as const] : [])));
  return [...byLabel.keys()].sort().map((label) => byLabel.get(label)!);
}

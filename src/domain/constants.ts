// The dataset's closed vocabularies, kept apart from the zod schema so the app
// can use them without shipping zod.
export const SCHEMA_VERSION = 2;

export const APPROX = ['exact', 'over', 'about', 'under'] as const;
export const STATUS = ['actual', 'forecast', 'target', 'rank'] as const;
/**
 * Families of units that convert into one another, each with one base unit
 * (pipeline/units.ts): currency CNY, US dollars USD (never converted into yuan: no
 * rate is printed beside them, so the two never share an axis), percent %, mass t, area km², energy Wh,
 * power W (an installed capacity: 万千瓦), volume m³, length m, count and
 * person-times as counted, rank, index,
 * duration month (calendar time: 个月, 年 = 12 months) and clock-time h (小时:
 * a month has no fixed number of hours, so the two never share an axis).
 */
export const UNIT_FAMILIES = [
  'currency',
  'currency-usd',
  'percent',
  'mass',
  'area',
  'energy',
  'volume',
  'length',
  'count',
  'person-times',
  'rank',
  'index',
  'duration',
  'clock-time',
  'power',
] as const;

/** What a measure counts or weighs (data/annotations/measures.yaml). `share` is any percentage: a part of a whole or a rate of change. */
export const DIMENSIONS = [
  'money',
  'people',
  'firms',
  'events',
  'projects',
  'area',
  'length',
  'duration',
  'mass',
  'volume',
  'energy',
  'share',
  'index',
  'rank',
  'count',
  'power',
] as const;

/**
 * What kind of statistic a measure is: `stock` a level at a moment (a size, a
 * capacity, a count held); `flow` an amount over a period (a year's output,
 * investment or loans to date); `rate` a ratio, share or per-head amount; `rank`
 * a position in an ordering; `target` a level that exists only as a goal.
 */
export const MEASURE_KINDS = ['stock', 'flow', 'rate', 'rank', 'target'] as const;

/**
 * Whose figure an indicator is: `place` the place itself (its economy,
 * government or residents); `entity` a named firm, park, project, town or
 * programme in it; `context` a figure beyond the place (a national or provincial
 * figure, the size of a ranking, a programme's total) that frames its own.
 */
export const SUBJECTS = ['place', 'entity', 'context'] as const;

/** How a page places its bylines: `lead` above the article they sign, `trail` below it. */
export const BYLINE_PLACEMENTS = ['lead', 'trail'] as const;

export const STORY_KINDS = ['bars', 'part-of-whole', 'counts', 'rate', 'rank'] as const;

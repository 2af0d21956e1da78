// The dataset contract, shared by the pipeline (which validates what it writes)
// and the app (whose types are inferred from it). Types are never written twice.
// zod's mini build: the app parses the files it loads with these very schemas, and
// mini costs a fraction of the classic build's bytes on `/`. The pipeline composes them
// with classic zod (both are zod 4 core schemas).
import * as z from 'zod/mini';
import {
  APPROX,
  BYLINE_PLACEMENTS,
  DIMENSIONS,
  MEASURE_KINDS,
  SCHEMA_VERSION,
  STATUS,
  STORY_KINDS,
  SUBJECTS,
  UNIT_FAMILIES,
} from './constants.ts';

export {
  APPROX,
  BYLINE_PLACEMENTS,
  DIMENSIONS,
  MEASURE_KINDS,
  SCHEMA_VERSION,
  STATUS,
  STORY_KINDS,
  SUBJECTS,
  UNIT_FAMILIES,
};

export const bilingual = z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
const id = z.string().check(z.regex(/^[a-z0-9-]+$/, 'lowercase words joined by hyphens'));
/**
 * A place's id, from data/annotations/regions.yaml. Places are data: no place is
 * named in code, and a new one is one entry in that file.
 */
export const regionId = id;
/** A colour as #rrggbb. */
export const hexColor = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb'));

export const sourceSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  file: z.string(),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** The year the page was printed, as the page implies it. */
  date: z.object({ year: z.int(), inferred: z.boolean(), basis: z.string() }),
  /** Number of lines in the raw file. */
  lines: z.int().check(z.positive()),
  /** Where the page prints each byline: above its article (`lead`) or below it (`trail`). A curated fact. */
  bylines: z.enum(BYLINE_PLACEMENTS),
  /** Whether the page itself prints its publication's name, its date and its page number (when false, say so: never invent them). */
  printed: z.strictObject({ publication: z.boolean(), date: z.boolean(), pageNumber: z.boolean() }),
});

export const regionSchema = z.object({
  id: regionId,
  name: bilingual,
  province: bilingual,
  /** Government seat, [lon, lat] in WGS84. */
  coord: z.tuple([z.number().check(z.minimum(73), z.maximum(136)), z.number().check(z.minimum(3), z.maximum(54))]),
  areaCode: z.string().check(z.regex(/^\d{6}$/)),
  /** The place's colour in every chart and on the map. */
  color: hexColor,
});

export const sectorSchema = z.object({ id: z.string().check(z.regex(/^[a-z-]+$/)), name: bilingual });

export const blockSchema = z.object({
  type: z.enum(['heading', 'paragraph']),
  text: z.string().check(z.minLength(1)),
  /** First line of the block in the raw page (1-based), for tracing back. */
  line: z.int().check(z.positive()),
});

export const articleSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  sourceId: z.string(),
  regionId,
  headline: z.string().check(z.minLength(1)),
  /** The kicker (引题) the page prints above the headline, as printed. */
  kicker: z.optional(z.string().check(z.minLength(1))),
  subheadline: z.optional(z.string().check(z.minLength(1))),
  /** A curated English gloss of the headline (the article text stays Chinese). */
  headlineEn: z.string().check(z.minLength(1)),
  /** A curated English gloss of the subheadline, present exactly when there is one. */
  subheadlineEn: z.optional(z.string().check(z.minLength(1))),
  reporters: z.array(z.string().check(z.minLength(1))),
  correspondents: z.array(z.string().check(z.minLength(1))),
  /** True when the article starts mid-text: its beginning is not on this page. */
  beginningMissing: z.boolean(),
  /** False when the page prints no byline for the article (reporters then are empty): say so, don't guess one. */
  bylineOnPage: z.boolean(),
  /** True for articles that open with the paper's own dateline (本报讯). */
  dateline: z.boolean(),
  blocks: z.array(blockSchema).check(z.minLength(1)),
});

export const periodSchema = z.object({
  /** Human-readable form: 2022, 2022-02, 2019–2021, 2022-01..04. */
  label: z.string(),
  year: z.int(),
  month: z.optional(z.int().check(z.minimum(1), z.maximum(12))),
  /** For a span (cumulative figures, "the first four months"). */
  from: z.optional(z.string()),
  to: z.optional(z.string()),
  /** True when the year came from 今年/去年 and the page's date. */
  inferred: z.boolean(),
});

/** A statistic from data/annotations/measures.yaml: what is measured, of what, as what kind of figure. */
export const measureSchema = z.object({
  id,
  name: bilingual,
  dimension: z.enum(DIMENSIONS),
  kind: z.enum(MEASURE_KINDS),
  /** Other measures whose values may share an axis with this one's (declared on either side; listed on both). */
  comparable: z.array(z.string()),
});

export const indicatorSchema = z.object({
  id,
  regionId,
  articleId: z.string(),
  sectorIds: z.array(z.string()).check(z.minLength(1)),
  label: bilingual,
  /** The measure (measures[].id) this figure is a value of. */
  measureId: z.string(),
  /** Whose figure it is: the place, a named entity in it, or context beyond it. */
  subject: z.enum(SUBJECTS),
  /** The entity's or the context's name: always for `entity`, optional for `context`, never for `place`. */
  subjectName: z.optional(bilingual),
  value: z.number(),
  unit: z.string(),
  approx: z.enum(APPROX),
  period: z.optional(periodSchema),
  status: z.enum(STATUS),
  /** The sentence the number came from, verbatim from the article text. */
  quote: z.string().check(z.minLength(1)),
  /** Where the number sits: block index in the article, and the mention's character span in that block. */
  at: z.object({
    block: z.int().check(z.minimum(0)),
    start: z.int().check(z.minimum(0)),
    end: z.int().check(z.positive()),
  }),
  /** The mention exactly as printed, e.g. "317.7亿元". */
  mention: z.string().check(z.minLength(1)),
  normalized: z.object({ value: z.number(), unit: z.string(), family: z.enum(UNIT_FAMILIES) }),
});

const storyBase = {
  id,
  regionId,
  title: bilingual,
  /** What the chart cannot show by itself: what the text says, and why figures do or don't add up. */
  note: z.optional(bilingual),
};

/** The story charts, curated in data/annotations/stories.yaml. Every id names an indicator of the story's region. */
export const storySchema = z.discriminatedUnion('kind', [
  /** One measure (or one dimension) as bars, each bar drawn with its status. */
  z.strictObject({
    kind: z.literal('bars'),
    ...storyBase,
    category: z.enum(['period', 'label']),
    indicatorIds: z.array(z.string()).check(z.minLength(2)),
  }),
  /** Parts within a whole that they need not add up to (the note says why). */
  z.strictObject({
    kind: z.literal('part-of-whole'),
    ...storyBase,
    wholeId: z.string(),
    partIds: z.array(z.string()).check(z.minLength(1)),
  }),
  /** Figures of different things, each with its own unit: never on one axis. */
  z.strictObject({ kind: z.literal('counts'), ...storyBase, indicatorIds: z.array(z.string()).check(z.minLength(2)) }),
  /** One figure out of another: numerator of denominator. */
  z.strictObject({ kind: z.literal('rate'), ...storyBase, numeratorId: z.string(), denominatorId: z.string() }),
  /** A position out of the size of its ranking (`ofId`, a context figure). */
  z.strictObject({ kind: z.literal('rank'), ...storyBase, rankId: z.string(), ofId: z.string() }),
]);

export const datasetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  sources: z.array(sourceSchema).check(z.minLength(1)),
  regions: z.array(regionSchema).check(z.minLength(1)),
  sectors: z.array(sectorSchema).check(z.minLength(1)),
  measures: z.array(measureSchema).check(z.minLength(1)),
  articles: z.array(articleSchema).check(z.minLength(1)),
  indicators: z.array(indicatorSchema),
  stories: z.array(storySchema),
  /** The overview's headline figures, in order (data/annotations/stories.yaml); never a context figure. */
  headlineIndicatorIds: z.array(z.string()),
});

export type Source = z.infer<typeof sourceSchema>;
export type Region = z.infer<typeof regionSchema>;
/** A place's id: any id from data/annotations/regions.yaml. */
export type RegionId = string;
export type Sector = z.infer<typeof sectorSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Story = z.infer<typeof storySchema>;
export type StoryKind = Story['kind'];
export type Dimension = (typeof DIMENSIONS)[number];
export type MeasureKind = (typeof MEASURE_KINDS)[number];
export type Subject = (typeof SUBJECTS)[number];
export type BylinePlacement = (typeof BYLINE_PLACEMENTS)[number];
export type Period = z.infer<typeof periodSchema>;
export type Approx = (typeof APPROX)[number];
export type Status = (typeof STATUS)[number];
export type UnitFamily = (typeof UNIT_FAMILIES)[number];
export type Dataset = z.infer<typeof datasetSchema>;

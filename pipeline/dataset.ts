// The whole pipeline as one pure function: raw pages + annotations → validated dataset.
// Reading and writing files is cli.ts's job, so this is testable on fixtures.
import { createHash } from 'node:crypto';
import { SCHEMA_VERSION, datasetSchema, type Article, type Dataset, type Source } from '../src/domain/schema.ts';
import {
  measureAnnotationSchema,
  pageAnnotationSchema,
  readAnnotationFile,
  regionAnnotationSchema,
  sectorAnnotationSchema,
  storiesAnnotationSchema,
  type AnnotationFile,
  type PageAnnotation,
  type RegionAnnotation,
} from './annotations.ts';
import { articlesToMentions } from './articles-to-mentions.ts';
import { bidiControls } from './bidi-controls.ts';
import { blocksToArticles } from './blocks-to-articles.ts';
import { checkGlosses, checkLabels, checkMeanings, checkMeasures, checkStories } from './checks.ts';
import { PipelineError, PipelineErrors, throwAll, type Where } from './errors.ts';
import { mentionsToIndicators } from './mentions-to-indicators.ts';
import { measuresInUse } from './measures.ts';
import { decodePage, decodeText, pageToBlocks } from './page-to-blocks.ts';
import { asciiForDetection } from './text.ts';
import { z } from 'zod';

export interface NamedFile<T = string> {
  file: string;
  content: T;
}

/** A curation file: its text, or its bytes (decoded strictly, as pages are). */
type CurationFile = NamedFile<string | Uint8Array>;

export interface PipelineInput {
  pages: NamedFile<Uint8Array>[];
  regions: CurationFile;
  sectors: CurationFile;
  /** data/annotations/measures.yaml: the vocabulary of what indicators measure. */
  measures: CurationFile;
  /** data/annotations/stories.yaml: headline figures and story charts. */
  stories: CurationFile;
  /** One per page: data/annotations/<page>.yaml. */
  annotations: CurationFile[];
  /**
   * The city maps there are (`npm run map` writes <dir>/places/<region id>.json):
   * when given, a place of regions.yaml without its map stops the build, since
   * the app would show its page with no city map.
   */
  maps?: { dir: string; places: string[] };
}

/** The page's year: the latest year it prints (a 2022 page speaks of 2021 and 2022). */
export function inferPageYear(text: string, file: string): number {
  // A goal's year (到2025年, 力争2030年…) is ahead of the page: it dates the goal, not the page.
  const years = [
    ...asciiForDetection(text).matchAll(
      /(到|至|力争|争取|预计|计划|目标|展望|远景|迈向|面向)?\s*((?:19|20)\d\d)\s*年/g,
    ),
  ]
    .filter((m) => !m[1])
    .map((m) => Number(m[2]));
  if (years.length === 0)
    throw new PipelineError({ file }, 'a page that prints at least one year (e.g. 2022年) to date it', 'none');
  return Math.max(...years);
}

/**
 * What one page gives the dataset, from its bytes, its annotation file and the
 * places and sectors alone: the unit a cache keeps (pipeline/page-cache.ts).
 * Plain JSON, so a cached page is the same data as a freshly read one.
 */
export interface BuiltPage {
  source: Source;
  articles: Article[];
  indicators: Dataset['indicators'];
  /** Each indicator of the annotation file, in its order, with its line there (for the checks across pages). */
  annotated: [id: string, line: number | null][];
}

/**
 * Keeps what was built from files that have not changed since: an annotation
 * file's `source:` by the sha256 of its bytes, and a page's result by `pageKey`.
 * Only what had no problem is remembered, so a problem is found again on every run.
 */
export interface PageCache {
  noteSource: (sha256: string) => string | undefined;
  rememberNote: (sha256: string, source: string) => void;
  page: (key: string) => BuiltPage | undefined;
  rememberPage: (key: string, page: BuiltPage) => void;
}

const sha256Of = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex');

/** A page's result depends on its name (its ids), its bytes, its annotation file's, and the places and sectors. */
export const pageKey = (name: string, page: string, note: string, shared: string) =>
  sha256Of([name, page, note, shared].join('\0'));

/** An annotation file, read or only known by its bytes' sha256 and the `source:` a cache remembers. */
interface NoteRef {
  file: string;
  sha256: string;
  source: string;
  /** The parsed file while its page is not built yet; read again from the input when a cache knew its source. */
  parsed?: AnnotationFile<PageAnnotation>;
  input: CurationFile;
}

/** The paths a page's build asks the line of: kept without the YAML document, which is many times the data's size. */
function detached(note: AnnotationFile<PageAnnotation>): AnnotationFile<PageAnnotation> {
  const paths: (string | number)[][] = [[], ['source'], ['articles'], ['ignore'], ['indicators']];
  for (const list of ['articles', 'ignore', 'indicators'] as const)
    note.data[list].forEach((_, n) => paths.push([list, n]));
  const lines = new Map(paths.map((path) => [path.join('.'), note.lineAt(path)]));
  return {
    file: note.file,
    data: note.data,
    lineAt: (path) => {
      for (let n = path.length; n >= 0; n--) {
        const key = path.slice(0, n).join('.');
        if (lines.has(key)) return lines.get(key);
      }
      return undefined;
    },
  };
}

export function buildDataset(input: PipelineInput, options: { cache?: PageCache } = {}): Dataset {
  const { cache } = options;
  // Every file is read before any stops the build, so one run lists the problems of all.
  const problems: PipelineError[] = [];
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (error instanceof PipelineError) problems.push(error);
      else if (error instanceof PipelineErrors) problems.push(...error.errors);
      else throw error;
      return undefined;
    }
  };
  const textOf = (file: string, content: string | Uint8Array) =>
    typeof content === 'string' ? content.replace(/^\uFEFF/, '') : decodeText(content, file);
  // A bidirectional control character stops the build wherever it is (pipeline/bidi-controls.ts), reported with the file's other problems.
  const read = <T>(f: NamedFile<string | Uint8Array>, schema: z.ZodType<T>) =>
    attempt(() => {
      const text = textOf(f.file, f.content);
      problems.push(...bidiControls(text, f.file, { yaml: true }));
      return readAnnotationFile(text, schema, f.file);
    });
  const regions = read(input.regions, z.array(regionAnnotationSchema))?.data;
  const sectors = read(input.sectors, z.array(sectorAnnotationSchema))?.data;
  const measureFile = read(input.measures, z.array(measureAnnotationSchema));
  const storyFile = read(input.stories, storiesAnnotationSchema);
  /** An annotation file's problems go with the rest; its document is let go once its lines are kept. */
  const parseNote = (file: string, content: string | Uint8Array) => {
    const text = textOf(file, content);
    problems.push(...bidiControls(text, file, { yaml: true }));
    const draft = /^draft:\s*true\b/m.exec(text);
    if (draft) {
      throw new PipelineError(
        { file, line: text.slice(0, draft.index).split('\n').length, key: 'draft' },
        `a curated annotation file: finish the draft (an English label, measure and subject for each indicator; ignore: for the rest), delete "draft: true" and rename it to ${baseName(file).replace(/\.draft\.yaml$/, '.yaml')}`,
        'a draft',
      );
    }
    return detached(readAnnotationFile(text, pageAnnotationSchema, file));
  };
  const pageNotes = input.annotations.map((a) =>
    attempt((): NoteRef | undefined => {
      // Read once: a file the input reads lazily (cli.ts) is not kept in memory after this.
      const content = a.content;
      const sha256 = sha256Of(content);
      const known = cache?.noteSource(sha256);
      if (known !== undefined) return { file: a.file, sha256, source: known, input: a };
      const before = problems.length;
      const parsed = parseNote(a.file, content);
      if (problems.length === before) cache?.rememberNote(sha256, parsed.data.source);
      return { file: a.file, sha256, source: parsed.data.source, parsed, input: a };
    }),
  );
  if (regions) checkRegions(regions, input.regions.file, problems);
  if (regions && input.maps) problems.push(...checkPlaceMaps(regions, input.maps));
  throwAll(problems);
  if (!regions || !sectors || !measureFile || !storyFile) throw new Error('unreachable: a curation file was not read');
  const notes = pageNotes.filter((n): n is NoteRef => n !== undefined);
  const sectorIds = new Set(sectors.map((s) => s.id));
  const shared = sha256Of([sha256Of(input.regions.content), sha256Of(input.sectors.content)].join('\0'));
  const { measures, problems: measureProblems } = checkMeasures(measureFile);
  problems.push(...measureProblems);
  /** Where each indicator was annotated: its file and line. */
  const annotatedAt = new Map<string, Where>();

  const sources: Source[] = [];
  const articles: Article[] = [];
  const indicators: Dataset['indicators'] = [];
  const pages = [...input.pages].sort((a, b) => a.file.localeCompare(b.file));
  const pageNames = new Set(pages.map((p) => baseName(p.file)));
  // An annotation file must name a page that is there.
  for (const note of notes) {
    if (!pageNames.has(note.source)) {
      const parsed = note.parsed ?? attempt(() => parseNote(note.file, note.input.content));
      problems.push(
        new PipelineError(
          { file: note.file, line: parsed?.lineAt(['source']), key: 'source' },
          `the file name of a page in data/raw/ (${[...pageNames].join(', ') || 'none'})`,
          `"${note.source}", which is not there`,
        ),
      );
    }
  }
  // Each page's annotation files, found once (a search per page would grow with pages²).
  const notesBySource = new Map<string, NoteRef[]>();
  for (const note of notes) notesBySource.set(note.source, [...(notesBySource.get(note.source) ?? []), note]);
  const bySha = new Map<string, string>();
  const beforePages = problems.length;
  for (const page of pages) {
    attempt(() => {
      const content = page.content;
      const sha256 = sha256Of(content);
      const same = bySha.get(sha256);
      if (same)
        throw new PipelineError(
          { file: page.file },
          'each page once (pages of different content)',
          `the same bytes as ${same} (sha256 ${sha256.slice(0, 12)}…)`,
        );
      bySha.set(sha256, page.file);
      const ref = findNote(notesBySource, page.file);
      const key = pageKey(baseName(page.file), sha256, ref.sha256, shared);
      let built = cache?.page(key);
      if (!built) {
        const note = ref.parsed ?? parseNote(ref.file, ref.input.content);
        const before = problems.length;
        const result = buildPage({ file: page.file, content }, note, { regions, sectorIds }, (id) =>
          annotatedAt.get(id),
        );
        problems.push(...result.problems);
        built = result.page;
        if (problems.length === before) cache?.rememberPage(key, built);
      }
      // Its page is built: the parsed annotation is not needed again.
      ref.parsed = undefined;
      sources.push(built.source);
      articles.push(...built.articles);
      indicators.push(...built.indicators);
      for (const [id, line] of built.annotated) annotatedAt.set(id, { file: ref.file, line: line ?? undefined, id });
    });
  }
  // A page that could not be read leaves indicators out: the checks below would only add noise.
  if (problems.length > beforePages) throwAll(problems);
  assertUnique(
    indicators.map((i) => i.id),
    'indicator',
    'data/annotations',
  );
  assertUnique(
    articles.map((a) => a.id),
    'article',
    'data/raw',
  );

  const locate = (id: string): Where => annotatedAt.get(id) ?? { file: 'data/annotations', id };
  problems.push(...checkMeanings(indicators, measures, locate, measureFile.file));
  problems.push(...checkLabels(indicators, locate));
  problems.push(...checkStories(storyFile, indicators, measures));
  throwAll(problems);

  const dataset = {
    schemaVersion: SCHEMA_VERSION,
    sources,
    regions: regions.map((r) => ({
      id: r.id,
      name: r.name,
      province: r.province,
      coord: r.coord,
      areaCode: r.areaCode,
      color: r.color,
    })),
    sectors: sectors.map((s) => ({ id: s.id, name: s.name })),
    // The vocabulary is larger than any page: the dataset carries what its figures use.
    measures: measuresInUse(measures, indicators),
    articles,
    indicators,
    stories: storyFile.data.stories,
    headlineIndicatorIds: storyFile.data.headlines,
  };
  const checked = datasetSchema.safeParse(dataset);
  if (!checked.success) {
    throwAll(
      checked.error.issues.map(
        (issue) =>
          new PipelineError(
            { file: 'data/dataset.json', key: issue.path.join('.') },
            'a dataset that follows src/domain/schema.ts',
            issue.message,
          ),
      ),
    );
  }
  return checked.data!;
}

/** Region ids, colours and names each used once. */
function checkRegions(regions: RegionAnnotation[], file: string, problems: PipelineError[]) {
  const seen = new Map<string, string>();
  regions.forEach((r, n) => {
    for (const [what, value] of [
      ['id', r.id],
      ['color', r.color.toLowerCase()],
      ['areaCode', r.areaCode],
    ] as const) {
      const key = `${what}:${value}`;
      const other = seen.get(key);
      if (other)
        problems.push(
          new PipelineError(
            { file, id: r.id, key: `${n}.${what}` },
            `a ${what} of its own`,
            `"${value}", as ${other} has`,
          ),
        );
      seen.set(key, r.id);
    }
  });
}

/** Every place has the city map the app draws on its page, which `npm run map` writes from its `map:` in regions.yaml. */
export function checkPlaceMaps(
  regions: Pick<RegionAnnotation, 'id'>[],
  maps: { dir: string; places: string[] },
): PipelineError[] {
  const there = new Set(maps.places);
  const folder = `${maps.dir.replace(/[\\/]$/, '')}/places`;
  return regions
    .filter((r) => !there.has(r.id))
    .map(
      (r) =>
        new PipelineError(
          { file: folder, id: r.id },
          `its city map, ${folder}/${r.id}.json: run \`npm run map\` (it reads each place's map: in regions.yaml)`,
          'none',
          'places of regions.yaml have no city map (run `npm run map`)',
        ),
    );
}

/** What a curator should know about a built dataset that does not stop the build: articles printed without a byline. */
export function datasetNotes(dataset: Dataset): string[] {
  return dataset.articles
    .filter((a) => !a.bylineOnPage)
    .map(
      (a) =>
        `${a.id}: no byline on this page${a.beginningMissing ? ' (its beginning, and likely its byline, are printed elsewhere)' : ''}; bylineOnPage is false`,
    );
}

function findNote(notesBySource: Map<string, NoteRef[]>, pagePath: string): NoteRef {
  const pageFile = baseName(pagePath);
  const matches = notesBySource.get(pageFile) ?? [];
  if (matches.length === 0) {
    const name = pageFile.replace(/\.txt$/, '');
    throw new PipelineError(
      { file: pagePath },
      `one annotation file with "source: ${pageFile}" (data/annotations/${name}.yaml; \`npm run data -- --draft ${pagePath}\` writes a draft of it)`,
      'none',
    );
  }
  if (matches.length > 1)
    throw new PipelineError(
      { file: pagePath },
      `one annotation file with "source: ${pageFile}"`,
      `${matches.length}: ${matches.map((m) => m.file).join(', ')}`,
    );
  return matches[0]!;
}

/**
 * One page and its annotation file → its source, articles and indicators, with
 * the problems that do not stop the page (a page that cannot be read throws).
 * Reads nothing but its arguments: the same files give the same page, which is
 * what lets a cache keep it. `elsewhere` locates an id annotated on another page.
 */
export function buildPage(
  page: NamedFile<Uint8Array>,
  note: AnnotationFile<PageAnnotation>,
  shared: { regions: RegionAnnotation[]; sectorIds: Set<string> },
  elsewhere: (id: string) => Where | undefined = () => undefined,
): { page: BuiltPage; problems: PipelineError[] } {
  const problems: PipelineError[] = [];
  const text = decodePage(page.content, page.file);
  problems.push(...bidiControls(text, page.file));
  const sourceId = baseName(page.file).replace(/\.txt$/, '');
  const year = note.data.year ?? inferPageYear(text, page.file);
  const explicit = new Map(
    note.data.articles.flatMap((g) => (g.headline.zh ? [[g.headline.zh, g.region] as const] : [])),
  );
  const drafts = blocksToArticles(
    pageToBlocks(text, page.file, note.data.bylines),
    shared.regions,
    page.file,
    note.data.bylines,
    { explicit },
  );
  const source: Source = {
    id: sourceId,
    file: baseName(page.file),
    sha256: sha256Of(page.content),
    date: note.data.year
      ? { year, inferred: false, basis: "the year the page's annotation gives; 今年 and 去年 are read against it" }
      : { year, inferred: true, basis: 'the latest year the page prints; 今年 and 去年 are read against it' },
    lines: text.split(/\r\n|\r|\n/).length,
    bylines: note.data.bylines,
    printed: note.data.printed,
  };
  const gloss = (regionId: string) => note.data.articles.find((g) => g.region === regionId);
  const articles: Article[] = drafts.map((d) => ({
    id: `${d.regionId}-${sourceId}`,
    sourceId,
    regionId: d.regionId,
    headline: d.headline,
    ...(d.kicker ? { kicker: d.kicker } : {}),
    ...(d.subheadline ? { subheadline: d.subheadline } : {}),
    // An empty gloss is refused by checkGlosses below, with the file and line to fix.
    headlineEn: gloss(d.regionId)?.headline.en ?? '',
    ...(d.subheadline && gloss(d.regionId)?.subheadline ? { subheadlineEn: gloss(d.regionId)!.subheadline!.en } : {}),
    reporters: d.reporters,
    correspondents: d.correspondents,
    bylineOnPage: d.bylineOnPage,
    beginningMissing: d.beginningMissing,
    dateline: d.dateline,
    blocks: d.blocks,
  }));
  problems.push(...checkGlosses(articles, note));
  const annotated = note.data.indicators.map(
    (a, n) => [a.id, note.lineAt(['indicators', n]) ?? null] as [string, number | null],
  );
  const own = new Map(annotated.map(([id, line]) => [id, { file: note.file, line: line ?? undefined, id }]));
  const ignoredAt = new Map(
    note.data.ignore.map((_, n) => [
      `ignore[${n}]`,
      { file: note.file, line: note.lineAt(['ignore', n]), id: `ignore[${n}]` },
    ]),
  );
  const built = mentionsToIndicators(note.data, {
    file: note.file,
    pageFile: page.file,
    pageYear: year,
    articles,
    mentions: articlesToMentions(articles),
    sectorIds: shared.sectorIds,
    locate: (id) => ignoredAt.get(id) ?? own.get(id) ?? elsewhere(id),
  });
  problems.push(...built.problems);
  return { page: { source, articles, indicators: built.indicators, annotated }, problems };
}

function assertUnique(ids: string[], what: string, file: string) {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new PipelineError({ file, id }, `a unique ${what} id`, 'a duplicate');
    seen.add(id);
  }
}

const baseName = (path: string) => path.split(/[\\/]/).at(-1)!;

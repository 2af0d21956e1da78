// The whole pipeline as one pure function: raw pages + annotations → validated dataset.
// Reading and writing files is cli.ts's job, so this is testable on fixtures.
import { createHash } from 'node:crypto';
import { SCHEMA_VERSION, datasetSchema, type Article, type Dataset, type Source } from '../src/domain/schema.ts';
import {
  measureAnnotationSchema, pageAnnotationSchema, readAnnotation, readAnnotationFile, regionAnnotationSchema, sectorAnnotationSchema,
  storiesAnnotationSchema, type AnnotationFile, type PageAnnotation,
} from './annotations.ts';
import { articlesToMentions } from './articlesToMentions.ts';
import { blocksToArticles } from './blocksToArticles.ts';
import { checkGlosses, checkLabels, checkMeanings, checkMeasures, checkStories } from './checks.ts';
import { PipelineError, PipelineErrors, throwAll, type Where } from './errors.ts';
import { mentionsToIndicators } from './mentionsToIndicators.ts';
import { decodePage, pageToBlocks } from './pageToBlocks.ts';
import { asciiForDetection } from './text.ts';
import { z } from 'zod';

export interface NamedFile<T = string> {
  file: string;
  content: T;
}

export interface PipelineInput {
  pages: NamedFile<Uint8Array>[];
  regions: NamedFile;
  sectors: NamedFile;
  /** data/annotations/measures.yaml: the vocabulary of what indicators measure. */
  measures: NamedFile;
  /** data/annotations/stories.yaml: headline figures and story charts. */
  stories: NamedFile;
  /** One per page: data/annotations/<page>.yaml. */
  annotations: NamedFile[];
}

/** The page's year: the latest year it prints (a 2022 page speaks of 2021 and 2022). */
export function inferPageYear(text: string, file: string): number {
  const years = [...asciiForDetection(text).matchAll(/((?:19|20)\d\d)\s*年/g)].map((m) => Number(m[1]));
  if (years.length === 0) throw new PipelineError({ file }, 'a page that prints at least one year (e.g. 2022年) to date it', 'none');
  return Math.max(...years);
}

export function buildDataset(input: PipelineInput): Dataset {
  // Every curation file is read before any stops the build, so one run lists the problems of all.
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
  const regions = attempt(() => readAnnotation(input.regions.content, z.array(regionAnnotationSchema), input.regions.file));
  const sectors = attempt(() => readAnnotation(input.sectors.content, z.array(sectorAnnotationSchema), input.sectors.file));
  const measureFile = attempt(() => readAnnotationFile(input.measures.content, z.array(measureAnnotationSchema), input.measures.file));
  const storyFile = attempt(() => readAnnotationFile(input.stories.content, storiesAnnotationSchema, input.stories.file));
  const pageNotes = input.annotations.map((a) => attempt(() => readAnnotationFile(a.content, pageAnnotationSchema, a.file)));
  throwAll(problems);
  if (!regions || !sectors || !measureFile || !storyFile) throw new Error('unreachable: a curation file was not read');
  const notes = pageNotes.filter((n): n is AnnotationFile<PageAnnotation> => n !== undefined);
  const sectorIds = new Set(sectors.map((s) => s.id));
  const { measures, problems: measureProblems } = checkMeasures(measureFile);
  problems.push(...measureProblems);
  /** Where each indicator was annotated: its file and line. */
  const annotatedAt = new Map<string, Where>();

  const sources: Source[] = [];
  const articles: Article[] = [];
  const indicators: Dataset['indicators'] = [];
  const pages = [...input.pages].sort((a, b) => a.file.localeCompare(b.file));
  for (const page of pages) {
    const text = decodePage(page.content, page.file);
    const sourceId = baseName(page.file).replace(/\.txt$/, '');
    const year = inferPageYear(text, page.file);
    const note = findNote(notes, baseName(page.file));
    sources.push({
      id: sourceId,
      file: baseName(page.file),
      sha256: createHash('sha256').update(page.content).digest('hex'),
      date: { year, inferred: true, basis: 'the latest year the page prints; 今年 and 去年 are read against it' },
      lines: text.split(/\r\n|\r|\n/).length,
      bylines: note.data.bylines,
      printed: note.data.printed,
    });
    const drafts = blocksToArticles(pageToBlocks(text, page.file, note.data.bylines), regions, page.file, note.data.bylines);
    const gloss = (regionId: string) => note.data.articles.find((g) => g.region === regionId);
    const pageArticles: Article[] = drafts.map((d) => ({
      id: `${d.regionId}-${sourceId}`,
      sourceId,
      regionId: d.regionId as Article['regionId'],
      headline: d.headline,
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
    articles.push(...pageArticles);
    problems.push(...checkGlosses(pageArticles, note));
    note.data.indicators.forEach((a, n) => annotatedAt.set(a.id, { file: note.file, line: note.lineAt(['indicators', n]), id: a.id }));

    indicators.push(
      ...mentionsToIndicators(note.data, {
        file: note.file,
        pageYear: year,
        articles: pageArticles,
        mentions: articlesToMentions(pageArticles),
        sectorIds,
      }),
    );
  }
  assertUnique(indicators.map((i) => i.id), 'indicator', 'data/annotations');
  assertUnique(articles.map((a) => a.id), 'article', 'data/raw');

  const locate = (id: string): Where => annotatedAt.get(id) ?? { file: 'data/annotations', id };
  problems.push(...checkMeanings(indicators, measures, locate, measureFile.file));
  problems.push(...checkLabels(indicators, locate));
  problems.push(...checkStories(storyFile, indicators, measures));
  throwAll(problems);

  const dataset = {
    schemaVersion: SCHEMA_VERSION,
    sources,
    regions: regions.map((r) => ({ id: r.id, name: r.name, province: r.province, coord: r.coord, areaCode: r.areaCode, color: r.color })),
    sectors,
    measures,
    articles,
    indicators,
    stories: storyFile.data.stories,
    headlineIndicatorIds: storyFile.data.headlines,
  };
  const checked = datasetSchema.safeParse(dataset);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new PipelineError({ file: 'data/dataset.json', id: issue.path.join('.') }, 'a dataset that follows src/domain/schema.ts', issue.message);
  }
  return checked.data;
}

/** What a curator should know about a built dataset that does not stop the build: articles printed without a byline. */
export function datasetNotes(dataset: Dataset): string[] {
  return dataset.articles
    .filter((a) => !a.bylineOnPage)
    .map((a) => `${a.id}: no byline on this page${a.beginningMissing ? ' (its beginning, and likely its byline, are printed elsewhere)' : ''}; bylineOnPage is false`);
}

function findNote(notes: AnnotationFile<PageAnnotation>[], pageFile: string) {
  const matches = notes.filter((n) => n.data.source === pageFile);
  if (matches.length !== 1) {
    throw new PipelineError({ file: `data/annotations/*.yaml` }, `one annotation file with "source: ${pageFile}"`, `${matches.length}`);
  }
  return matches[0]!;
}

function assertUnique(ids: string[], what: string, file: string) {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new PipelineError({ file, id }, `a unique ${what} id`, 'a duplicate');
    seen.add(id);
  }
}

const baseName = (path: string) => path.split('/').at(-1)!;

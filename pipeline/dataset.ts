// The whole pipeline as one pure function: raw pages + annotations → validated dataset.
// Reading and writing files is cli.ts's job, so this is testable on fixtures.
import { createHash } from 'node:crypto';
import { SCHEMA_VERSION, datasetSchema, type Article, type Dataset, type Source } from '../src/domain/schema.ts';
import {
  pageAnnotationSchema, readAnnotation, regionAnnotationSchema, sectorAnnotationSchema, type PageAnnotation,
} from './annotations.ts';
import { articlesToMentions } from './articlesToMentions.ts';
import { blocksToArticles } from './blocksToArticles.ts';
import { PipelineError } from './errors.ts';
import { mentionsToIndicators } from './mentionsToIndicators.ts';
import { decodePage, pageToBlocks } from './pageToBlocks.ts';
import { z } from 'zod';

export interface NamedFile<T = string> {
  file: string;
  content: T;
}

export interface PipelineInput {
  pages: NamedFile<Uint8Array>[];
  regions: NamedFile;
  sectors: NamedFile;
  annotations: NamedFile[];
}

/** The page's year: the latest year it prints (a 2022 page speaks of 2021 and 2022). */
export function inferPageYear(text: string, file: string): number {
  const years = [...text.matchAll(/((?:19|20)\d\d)\s*年/g)].map((m) => Number(m[1]));
  if (years.length === 0) throw new PipelineError({ file }, 'a page that prints at least one year (e.g. 2022年) to date it', 'none');
  return Math.max(...years);
}

export function buildDataset(input: PipelineInput): Dataset {
  const regions = readAnnotation(input.regions.content, z.array(regionAnnotationSchema), input.regions.file);
  const sectors = readAnnotation(input.sectors.content, z.array(sectorAnnotationSchema), input.sectors.file);
  const pageNotes = input.annotations.map((a) => ({ file: a.file, note: readAnnotation(a.content, pageAnnotationSchema, a.file) }));
  const sectorIds = new Set(sectors.map((s) => s.id));

  const sources: Source[] = [];
  const articles: Article[] = [];
  const indicators: Dataset['indicators'] = [];
  const pages = [...input.pages].sort((a, b) => a.file.localeCompare(b.file));
  for (const page of pages) {
    const text = decodePage(page.content, page.file);
    const sourceId = baseName(page.file).replace(/\.txt$/, '');
    const year = inferPageYear(text, page.file);
    sources.push({
      id: sourceId,
      file: baseName(page.file),
      sha256: createHash('sha256').update(page.content).digest('hex'),
      date: { year, inferred: true, basis: 'the latest year the page prints; 今年 and 去年 are read against it' },
      lines: text.split(/\r?\n/).length,
    });
    const drafts = blocksToArticles(pageToBlocks(text, page.file), regions, page.file);
    const pageArticles: Article[] = drafts.map((d) => ({
      id: `${d.regionId}-${sourceId}`,
      sourceId,
      regionId: d.regionId as Article['regionId'],
      headline: d.headline,
      ...(d.subheadline ? { subheadline: d.subheadline } : {}),
      reporters: d.reporters,
      correspondents: d.correspondents,
      bylineOnPage: d.bylineOnPage,
      beginningMissing: d.beginningMissing,
      dateline: d.dateline,
      blocks: d.blocks,
    }));
    articles.push(...pageArticles);

    const note = findNote(pageNotes, baseName(page.file));
    indicators.push(
      ...mentionsToIndicators(note.note, {
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

  const dataset = { schemaVersion: SCHEMA_VERSION, sources, regions: regions.map(({ match: _match, ...r }) => r), sectors, articles, indicators };
  const checked = datasetSchema.safeParse(dataset);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new PipelineError({ file: 'data/dataset.json', id: issue.path.join('.') }, 'a dataset that follows src/domain/schema.ts', issue.message);
  }
  return checked.data;
}

function findNote(notes: { file: string; note: PageAnnotation }[], pageFile: string) {
  const matches = notes.filter((n) => n.note.source === pageFile);
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

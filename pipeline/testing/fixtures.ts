// The real pages and annotations, read once for the pipeline's tests.
//
// The seed page (data/raw/2022-page-01.txt, the one page the project ships) is
// also a fixture: tests of how a page is read use its text. Other pages may sit
// beside it in data/ (docs/adding-a-page.md), so a test that edits or rebuilds
// the seed touches only the seed's files, and a test about the whole dataset
// derives what it expects from the data it runs on.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Dataset } from '../../src/domain/schema.ts';
import { readInputs } from '../cli.ts';
import type { NamedFile, PipelineInput } from '../dataset.ts';

export const DATA_DIR = join(import.meta.dirname, '..', '..', 'data');
/** The seed page's source id, and its file. */
export const SEED = '2022-page-01';
export const PAGE_FILE = join(DATA_DIR, 'raw', `${SEED}.txt`);
export const pageText = () => readFileSync(PAGE_FILE, 'utf8');

/** The inputs with every curation file as text (the real files are all UTF-8). */
export interface TextInputs extends PipelineInput {
  regions: NamedFile;
  sectors: NamedFile;
  measures: NamedFile;
  stories: NamedFile;
  annotations: NamedFile[];
}

const asText = (f: NamedFile<string | Uint8Array>): NamedFile => ({
  file: f.file,
  content: typeof f.content === 'string' ? f.content : new TextDecoder().decode(f.content),
});

export const inputsOf = (dataDir: string): TextInputs => {
  const inputs = readInputs(dataDir);
  return {
    pages: inputs.pages,
    regions: asText(inputs.regions),
    sectors: asText(inputs.sectors),
    measures: asText(inputs.measures),
    stories: asText(inputs.stories),
    annotations: inputs.annotations.map(asText),
  };
};
export const realInputs = () => inputsOf(DATA_DIR);

/** Whether a page file or an annotation file (by its `source:`) is the seed's. */
export const isSeedPage = (file: string) => basename(file) === `${SEED}.txt`;
export const isSeedNote = (note: NamedFile<string | Uint8Array>) =>
  new RegExp(`^source:\\s*${SEED}\\.txt\\s*$`, 'm').test(
    typeof note.content === 'string' ? note.content : new TextDecoder().decode(note.content),
  );

/** The seed's annotation file among the inputs. */
export function seedNote(inputs: TextInputs): NamedFile {
  const note = inputs.annotations.find(isSeedNote);
  if (!note) throw new Error(`no annotation file has "source: ${SEED}.txt"`);
  return note;
}

/** The inputs with the seed page's bytes replaced (every other page as it is). */
export const withSeedPage = <T extends PipelineInput>(inputs: T, content: Uint8Array): T => ({
  ...inputs,
  pages: inputs.pages.map((p) => (isSeedPage(p.file) ? { ...p, content } : p)),
});

/** The inputs with the seed's annotation text edited (every other annotation file as it is). */
export const withSeedNote = (inputs: TextInputs, edit: (yaml: string) => string): TextInputs => ({
  ...inputs,
  annotations: inputs.annotations.map((a) => (isSeedNote(a) ? { ...a, content: edit(a.content) } : a)),
});

/** What a dataset holds from the seed page: its source, articles and indicators. */
export function ofSeed(dataset: Dataset) {
  const articles = dataset.articles.filter((a) => a.sourceId === SEED);
  const ids = new Set(articles.map((a) => a.id));
  return {
    source: dataset.sources.find((s) => s.id === SEED)!,
    articles,
    indicators: dataset.indicators.filter((i) => ids.has(i.articleId)),
  };
}

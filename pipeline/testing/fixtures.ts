// The real page and annotations, read once for the pipeline's tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../cli.ts';
import type { NamedFile, PipelineInput } from '../dataset.ts';

export const DATA_DIR = join(import.meta.dirname, '..', '..', 'data');
export const PAGE_FILE = join(DATA_DIR, 'raw', '2022-page-01.txt');
export const pageText = () => readFileSync(PAGE_FILE, 'utf8');

/** The inputs with every curation file as text (the real files are all UTF-8). */
export interface TextInputs extends PipelineInput {
  regions: NamedFile;
  sectors: NamedFile;
  measures: NamedFile;
  stories: NamedFile;
  annotations: NamedFile[];
}

const asText = (f: NamedFile<string | Uint8Array>): NamedFile => ({ file: f.file, content: typeof f.content === 'string' ? f.content : new TextDecoder().decode(f.content) });

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

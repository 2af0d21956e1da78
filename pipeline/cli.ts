// `npm run data`: reads data/raw/*.txt and data/annotations/*.yaml, writes
// data/dataset.json and data/dataset.schema.json. Any problem stops it with the
// file, line or id, and the previous dataset stays untouched (write, then rename).
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset, datasetNotes, type PipelineInput } from './dataset.ts';
import { PipelineError, isPipelineProblem } from './errors.ts';
import { datasetJsonSchema, serialize } from './serialize.ts';

export function readInputs(dataDir: string): PipelineInput {
  const raw = join(dataDir, 'raw');
  const notes = join(dataDir, 'annotations');
  const pages = readdirSync(raw).filter((f) => f.endsWith('.txt')).sort();
  if (pages.length === 0) throw new PipelineError({ file: raw }, 'at least one page (*.txt)', 'none');
  const read = (file: string) => ({ file, content: readFileSync(file, 'utf8') });
  const shared = ['regions.yaml', 'sectors.yaml', 'measures.yaml', 'stories.yaml'];
  return {
    pages: pages.map((f) => ({ file: join(raw, f), content: new Uint8Array(readFileSync(join(raw, f))) })),
    regions: read(join(notes, 'regions.yaml')),
    sectors: read(join(notes, 'sectors.yaml')),
    measures: read(join(notes, 'measures.yaml')),
    stories: read(join(notes, 'stories.yaml')),
    annotations: readdirSync(notes)
      .filter((f) => f.endsWith('.yaml') && !shared.includes(f))
      .sort()
      .map((f) => read(join(notes, f))),
  };
}

/** Writes atomically: a reader never sees half a file, a failure never leaves one. */
export function writeAtomically(path: string, text: string) {
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

export function run(dataDir: string): { indicators: number; articles: number; notes: string[] } {
  const dataset = buildDataset(readInputs(dataDir));
  writeAtomically(join(dataDir, 'dataset.schema.json'), datasetJsonSchema());
  writeAtomically(join(dataDir, 'dataset.json'), serialize(dataset));
  return { indicators: dataset.indicators.length, articles: dataset.articles.length, notes: datasetNotes(dataset) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dataDir = process.argv[2] ?? 'data';
  try {
    const { articles, indicators, notes } = run(dataDir);
    for (const note of notes) console.log(`note: ${note}`);
    console.log(`wrote ${join(dataDir, 'dataset.json')}: ${articles} articles, ${indicators} indicators`);
  } catch (error) {
    // Every problem found, grouped by file (PipelineErrors), or the one that stopped the build.
    console.error(isPipelineProblem(error) ? `data: ${error.message}` : error);
    process.exit(1);
  }
}

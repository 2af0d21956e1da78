// `npm run data`: reads data/raw/*.txt and data/annotations/*.yaml, writes
// data/dataset.json and data/dataset.schema.json. Any problem stops it with one
// message per problem (file, line or id, what was expected, what was found),
// every problem of the run listed at once, grouped by file; never a stack trace.
// The two files are written together or not at all, and the previous pair stays
// untouched (written aside, then renamed; temporary files always removed).
//
// A kind of problem that recurs in a file (a half-finished draft: a hundred
// labels without English) is printed as one line with its ids;
// `npm run data -- --all` prints every problem one by one.
//
// A page whose files have not changed since the last run is not read again
// (pipeline/page-cache.ts: its result is kept by the sha256 of its files);
// `npm run data -- --no-cache` reads every page. The output is the same bytes.
//
// `npm run data -- --draft data/raw/<page>.txt [--bylines trail] [--force]` writes
// data/annotations/<page>.draft.yaml: every number of a new page with proposals
// for a person to confirm (pipeline/draft.ts).
import * as fs from 'node:fs';
import { basename, join } from 'node:path';
import type { BylinePlacement, Dataset } from '../src/domain/schema.ts';
import { buildDataset, datasetNotes, type PipelineInput } from './dataset.ts';
import { draftFor } from './draft.ts';
import {
  PipelineError,
  PipelineErrors,
  formatProblems,
  isPipelineProblem,
  throwAll,
  type FormatOptions,
} from './errors.ts';
import { LONGEST, longTexts } from './long-texts.ts';
import { isMain } from './main.ts';
import { diskCache, type DiskCache } from './page-cache.ts';
import { datasetJsonSchema, serializeChunks } from './serialize.ts';

/** The file-system calls the pipeline makes, replaceable in tests (a full disk, a read-only folder). */
export interface FileSystem {
  readdirSync: (path: string) => string[];
  readFileSync: (path: string) => Uint8Array;
  /** A text, or the bytes of a file too long for one string (a dataset of thousands of pages), in pieces. */
  writeFileSync: (path: string, text: string | readonly Uint8Array[]) => void;
  renameSync: (from: string, to: string) => void;
  rmSync: (path: string, options: { force: true }) => void;
  existsSync: (path: string) => boolean;
}

export const NODE_FS: FileSystem = {
  readdirSync: (path) => fs.readdirSync(path),
  readFileSync: (path) => new Uint8Array(fs.readFileSync(path)),
  writeFileSync: (path, text) => {
    if (typeof text === 'string') return fs.writeFileSync(path, text);
    const fd = fs.openSync(path, 'w');
    try {
      for (const piece of text) fs.writeSync(fd, piece);
    } finally {
      fs.closeSync(fd);
    }
  },
  renameSync: (from, to) => fs.renameSync(from, to),
  rmSync: (path, options) => fs.rmSync(path, options),
  existsSync: (path) => fs.existsSync(path),
};

/** A file-system failure as a pipeline problem: the path, what was needed, and what the system said (no stack). */
export function fileProblem(path: string, expected: string, error: unknown): PipelineError {
  const e = error as NodeJS.ErrnoException;
  const why: Record<string, string> = {
    ENOENT: 'no such file or folder',
    ENOTDIR: 'not a folder',
    EISDIR: 'a folder, not a file',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOSPC: 'no space left on the device',
    EROFS: 'a read-only file system',
    EDQUOT: 'the disk quota exceeded',
    EMFILE: 'too many open files',
  };
  const found = e?.code ? `${why[e.code] ?? e.message} (${e.code})` : e instanceof Error ? e.message : String(error);
  return new PipelineError({ file: path }, expected, found);
}

const SHARED = ['regions.yaml', 'sectors.yaml', 'measures.yaml', 'stories.yaml'];

/** Every input, read as bytes; every file-system problem collected before any stops the run. */
export function readInputs(dataDir: string, io: FileSystem = NODE_FS, options: { lazy?: boolean } = {}): PipelineInput {
  const problems: PipelineError[] = [];
  const raw = join(dataDir, 'raw');
  const notes = join(dataDir, 'annotations');
  const list = (dir: string, suffix: string, what: string): string[] => {
    try {
      return io
        .readdirSync(dir)
        .filter((f) => f.endsWith(suffix))
        .sort();
    } catch (error) {
      problems.push(fileProblem(dir, `a folder of ${what}`, error));
      return [];
    }
  };
  const read = (file: string, what: string) => {
    try {
      return { file, content: io.readFileSync(file) };
    } catch (error) {
      problems.push(fileProblem(file, what, error));
      return { file, content: new Uint8Array() };
    }
  };
  // Lazily: a page or annotation file is read when the build asks for it, and not held after (thousands of pages).
  // A file that cannot be read is then reported by the build, with every other problem of the run.
  const readLater = (file: string, what: string) => ({
    file,
    get content() {
      try {
        return io.readFileSync(file);
      } catch (error) {
        throw fileProblem(file, what, error);
      }
    },
  });
  const perPage = options.lazy ? readLater : read;
  const pageFiles = list(raw, '.txt', 'pages (*.txt)');
  const noteFiles = list(notes, '.yaml', 'annotation files (*.yaml)');
  if (pageFiles.length === 0 && !problems.some((p) => p.where.file === raw))
    problems.push(new PipelineError({ file: raw }, 'at least one page (*.txt)', 'none'));
  const shared = (name: string, what: string) => read(join(notes, name), what);
  const input: PipelineInput = {
    pages: pageFiles.map((f) => perPage(join(raw, f), 'a readable page')),
    regions: shared('regions.yaml', 'the places (regions.yaml)'),
    sectors: shared('sectors.yaml', 'the sectors (sectors.yaml)'),
    measures: shared('measures.yaml', 'the measures (measures.yaml)'),
    stories: shared('stories.yaml', 'the stories (stories.yaml)'),
    annotations: noteFiles
      .filter((f) => !SHARED.includes(f))
      .map((f) => perPage(join(notes, f), 'a readable annotation file')),
    maps: { dir: join(dataDir, 'map'), places: mapPlaces(join(dataDir, 'map', 'places'), io, problems) },
  };
  throwAll(problems);
  return input;
}

/** The region ids with a city map in a folder; none when the folder is not there yet (`npm run map` makes it). */
function mapPlaces(dir: string, io: FileSystem, problems: PipelineError[]): string[] {
  try {
    return io
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));
  } catch (error) {
    if ((error as NodeJS.ErrnoException)?.code !== 'ENOENT')
      problems.push(fileProblem(dir, 'a readable folder of city maps (npm run map)', error));
    return [];
  }
}

/**
 * Writes several files as one: each to a temporary file beside it, then all
 * renamed. A failure while writing removes every temporary file and leaves
 * every target as it was; a failure while renaming puts back the ones already
 * replaced. A reader never sees half a file, nor a new file beside an old one.
 */
export function writeTogether(
  files: { path: string; text: string | Iterable<string> }[],
  io: FileSystem = NODE_FS,
): void {
  const temporary = (path: string) => `${path}.tmp-${process.pid}`;
  const written: string[] = [];
  const removeTemporary = () => {
    for (const f of files) {
      try {
        io.rmSync(temporary(f.path), { force: true });
      } catch {
        // Best effort: nothing more can be done about a file that cannot be removed.
      }
    }
  };
  for (const f of files) {
    try {
      io.writeFileSync(temporary(f.path), typeof f.text === 'string' ? f.text : encoded(f.text));
      written.push(f.path);
    } catch (error) {
      removeTemporary();
      throw fileProblem(f.path, 'to write the file (nothing was written; the previous files are untouched)', error);
    }
  }
  // Keep what each target held, to put it back if a later rename fails.
  const previous = new Map<string, Uint8Array | undefined>();
  for (const f of files) {
    try {
      previous.set(f.path, io.existsSync(f.path) ? io.readFileSync(f.path) : undefined);
    } catch (error) {
      removeTemporary();
      throw fileProblem(f.path, 'to read the previous file before replacing it', error);
    }
  }
  const replaced: string[] = [];
  for (const f of files) {
    try {
      io.renameSync(temporary(f.path), f.path);
      replaced.push(f.path);
    } catch (error) {
      for (const path of replaced) {
        const before = previous.get(path);
        try {
          if (before === undefined) io.rmSync(path, { force: true });
          else io.writeFileSync(path, [before]);
        } catch {
          // Reported below with the failure that caused it.
        }
      }
      removeTemporary();
      throw fileProblem(f.path, 'to replace the file (the previous files were put back)', error);
    }
  }
}

/** Pieces of text as UTF-8 bytes, gathered into blocks of about 1 MB (a write per piece would be slow). */
function encoded(pieces: Iterable<string>): Uint8Array[] {
  const blocks: Uint8Array[] = [];
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= 1 << 20) {
      blocks.push(Buffer.from(batch.join('')));
      batch = [];
      length = 0;
    }
  }
  blocks.push(Buffer.from(batch.join('')));
  return blocks;
}

/** Writes atomically: a reader never sees half a file, a failure never leaves one. */
export function writeAtomically(path: string, text: string, io: FileSystem = NODE_FS) {
  writeTogether([{ path, text }], io);
}

/**
 * Builds and writes the dataset. With a cache (pipeline/page-cache.ts, as
 * `npm run data` uses unless --no-cache), a page whose files have not changed
 * is not read again; the output is the same bytes either way.
 */
export function run(
  dataDir: string,
  io: FileSystem = NODE_FS,
  options: { cache?: DiskCache } = {},
): { indicators: number; articles: number; notes: string[]; warnings: string[] } {
  const { cache } = options;
  let dataset: Dataset;
  try {
    dataset = buildDataset(readInputs(dataDir, io, { lazy: true }), { cache });
  } finally {
    // What a failed run built without a problem is as good as a successful run's.
    cache?.save();
  }
  writeTogether(
    [
      { path: join(dataDir, 'dataset.schema.json'), text: datasetJsonSchema() },
      { path: join(dataDir, 'dataset.json'), text: serializeChunks(dataset) },
    ],
    io,
  );
  cache?.prune();
  return {
    indicators: dataset.indicators.length,
    articles: dataset.articles.length,
    notes: datasetNotes(dataset),
    warnings: longTexts(dataset),
  };
}

/** `--draft data/raw/<page>.txt`: writes data/annotations/<page>.draft.yaml; refuses to overwrite a file. */
export function writeDraft(
  pagePath: string,
  dataDir: string,
  io: FileSystem = NODE_FS,
  options: { force?: boolean; bylines?: BylinePlacement } = {},
): { file: string; numbers: number } {
  const inputs = readInputs(dataDir, io);
  const name = basename(pagePath);
  let bytes: Uint8Array;
  try {
    bytes = io.readFileSync(pagePath);
  } catch (error) {
    throw fileProblem(pagePath, 'a page to draft (data/raw/<page>.txt)', error);
  }
  const target = join(dataDir, 'annotations', name.replace(/\.txt$/, '.draft.yaml'));
  if (!options.force && io.existsSync(target)) {
    throw new PipelineError(
      { file: target },
      'no draft yet (finish or remove the one there, or pass --force to replace it)',
      'a draft already there',
    );
  }
  const draft = draftFor({ file: pagePath, content: bytes }, inputs, options.bylines);
  writeAtomically(target, draft.text, io);
  return { file: target, numbers: draft.numbers };
}

/**
 * One line per problem, never a stack trace; a kind of gap that recurs in a file
 * (a half-finished draft) is one line with its ids, unless `all` asks for each.
 */
export function describeFailure(error: unknown, options: FormatOptions = {}): string {
  if (error instanceof PipelineErrors) return `data: ${formatProblems(error.errors, options)}`;
  if (isPipelineProblem(error)) return `data: ${error.message}`;
  const e = error as NodeJS.ErrnoException;
  if (e?.code && e.path) return `data: ${fileProblem(e.path, 'a readable and writable file', e).message}`;
  return `data: ${error instanceof Error ? error.message : String(error)}`;
}

export function main(args: string[]): number {
  const all = args.includes('--all');
  let rerun = 'npm run data -- --all';
  try {
    const draftAt = args.indexOf('--draft');
    const bylinesAt = args.indexOf('--bylines');
    const force = args.includes('--force');
    const bylines = bylinesAt >= 0 ? args[bylinesAt + 1] : 'lead';
    if (bylines !== 'lead' && bylines !== 'trail')
      throw new PipelineError({ file: 'npm run data' }, '--bylines lead or --bylines trail', `"${bylines}"`);
    const positional = args.filter(
      (a, i) => !a.startsWith('--') && (draftAt < 0 || i !== draftAt + 1) && (bylinesAt < 0 || i !== bylinesAt + 1),
    );
    const dataDir = positional[0] ?? 'data';
    if (positional[0] !== undefined) rerun = `npm run data -- --all ${positional[0]}`;
    if (draftAt >= 0) {
      const page = args[draftAt + 1];
      if (!page || page.startsWith('--'))
        throw new PipelineError(
          { file: 'npm run data' },
          'a page after --draft (npm run data -- --draft data/raw/<page>.txt)',
          'none',
        );
      const { file, numbers } = writeDraft(page, dataDir, NODE_FS, { force, bylines });
      console.log(`wrote ${file}: ${numbers} numbers, each with proposals to confirm; see docs/adding-a-page.md`);
      return 0;
    }
    const cache = args.includes('--no-cache') ? undefined : diskCache(dataDir);
    const { articles, indicators, notes, warnings } = run(dataDir, NODE_FS, { cache });
    for (const note of notes) console.log(`note: ${note}`);
    console.log(`wrote ${join(dataDir, 'dataset.json')}: ${articles} articles, ${indicators} indicators`);
    // Once, at the end: texts that do not stop the build but read badly (pipeline/long-texts.ts).
    if (warnings.length > 0) {
      console.log(
        `warning: ${warnings.length} text${warnings.length === 1 ? ' is' : 's are'} longer than a name reads at a glance (${LONGEST.zh} characters in Chinese, ${LONGEST.en} in English); shorten ${warnings.length === 1 ? 'it' : 'them'} in the annotation:`,
      );
      for (const w of warnings) console.log(`  ${w}`);
    }
    return 0;
  } catch (error) {
    console.error(describeFailure(error, { all, rerun }));
    return 1;
  }
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));

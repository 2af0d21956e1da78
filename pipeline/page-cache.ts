// What `npm run data` keeps between runs, so a run after one new page reads and
// builds that page alone (issue 19, point 5). Each page's result (BuiltPage) is
// kept under the sha256 of the page's name and bytes, its annotation file's
// bytes, regions.yaml's and sectors.yaml's (what buildPage reads), and the
// pipeline's own code; each annotation file's `source:` under its bytes' sha256.
// The steps across pages (ids, duplicates, labels, stories, the schema, the
// write) run over every page on every run.
//
// Only what built without a problem is kept, so a problem is found, and
// reported, on every run. An entry carries the sha256 of its own text: a torn or
// edited entry is not the one written, and is read as a miss. The cache only
// saves time: a folder that cannot be written leaves the build as it was.
//
// Where: node_modules/.cache/regional-pulse/<the data folder's own>/ (git
// ignores node_modules); `npm run data -- --no-cache` builds without it.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { join, resolve } from 'node:path';
import type { BuiltPage, PageCache } from './dataset.ts';

export const CACHE_ROOT = join(import.meta.dirname, '..', 'node_modules', '.cache', 'regional-pulse');

const sha256 = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');

/** The code a built page depends on: every step of pipeline/ and the schema and units of src/domain/. */
export function codeVersion(dirs = [import.meta.dirname, join(import.meta.dirname, '..', 'src', 'domain')]): string {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    for (const name of fs.readdirSync(dir).sort()) {
      if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
      hash
        .update(`${name}\0`)
        .update(fs.readFileSync(join(dir, name)))
        .update('\0');
    }
  }
  return hash.digest('hex');
}

/** An entry as stored: the sha256 of its JSON, a newline, the JSON. */
export const entryText = (value: unknown) => {
  const json = JSON.stringify(value);
  return `${sha256(json)}\n${json}`;
};

/** The entry's value, or undefined when the text is not one entryText wrote (torn, edited, empty). */
export function readEntry(text: string): unknown {
  const newline = text.indexOf('\n');
  if (newline !== 64) return undefined;
  const json = text.slice(newline + 1);
  if (sha256(json) !== text.slice(0, newline)) return undefined;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

const isBuiltPage = (value: unknown): value is BuiltPage => {
  const v = value as Partial<BuiltPage> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.source === 'object' &&
    Array.isArray(v.articles) &&
    Array.isArray(v.indicators) &&
    Array.isArray(v.annotated)
  );
};

export interface DiskCache extends PageCache {
  /** The folder of this data folder's entries. */
  dir: string;
  /** Writes what the run learnt of annotation files. */
  save: () => void;
  /** After a run that built: removes the pages no file of this run needs any more (the folder stays its data's size). */
  prune: () => void;
  /** What this run found in the cache and what it built. */
  stats: () => { hits: number; misses: number };
}

export function diskCache(dataDir: string, options: { root?: string; version?: string } = {}): DiskCache {
  const version = options.version ?? codeVersion();
  const dir = join(options.root ?? CACHE_ROOT, sha256(resolve(dataDir)).slice(0, 16));
  const pagesDir = join(dir, 'pages');
  const notesFile = join(dir, 'notes.json');
  const entryName = (key: string) => `${sha256(`${version}\0${key}`)}.json`;
  // Best effort: a cache that cannot be written only makes the next run slower.
  const quietly = (write: () => void) => {
    try {
      write();
    } catch {
      // Nothing to report: the build does not depend on it.
    }
  };
  const writeAside = (path: string, text: string) =>
    quietly(() => {
      fs.mkdirSync(pagesDir, { recursive: true });
      const temporary = `${path}.tmp-${process.pid}`;
      fs.writeFileSync(temporary, text);
      fs.renameSync(temporary, path);
    });
  const stored = (() => {
    try {
      const value = readEntry(fs.readFileSync(notesFile, 'utf8')) as
        { version?: string; sources?: unknown } | undefined;
      return value?.version === version && typeof value.sources === 'object' && value.sources
        ? new Map(Object.entries(value.sources as Record<string, string>))
        : new Map<string, string>();
    } catch {
      return new Map<string, string>();
    }
  })();
  const notes = new Map<string, string>();
  const used = new Set<string>();
  let hits = 0;
  let misses = 0;
  return {
    dir,
    noteSource: (sha) => {
      const source = stored.get(sha);
      if (typeof source === 'string') notes.set(sha, source);
      return typeof source === 'string' ? source : undefined;
    },
    rememberNote: (sha, source) => void notes.set(sha, source),
    page: (key) => {
      const name = entryName(key);
      used.add(name);
      let value: unknown;
      try {
        value = readEntry(fs.readFileSync(join(pagesDir, name), 'utf8'));
      } catch {
        value = undefined;
      }
      if (isBuiltPage(value)) hits++;
      else misses++;
      return isBuiltPage(value) ? value : undefined;
    },
    rememberPage: (key, page) => {
      const name = entryName(key);
      used.add(name);
      writeAside(join(pagesDir, name), entryText(page));
    },
    save: () =>
      writeAside(
        notesFile,
        entryText({ version, sources: Object.fromEntries([...notes].sort(([a], [b]) => (a < b ? -1 : 1))) }),
      ),
    prune: () =>
      quietly(() => {
        for (const name of fs.readdirSync(pagesDir))
          if (!used.has(name)) fs.rmSync(join(pagesDir, name), { force: true });
      }),
    stats: () => ({ hits, misses }),
  };
}

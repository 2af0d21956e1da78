// `npx tsx scripts/fixture-dataset.ts <fixture folder>… [--out <folder>]`: a data
// folder made of the committed data/ plus test fixtures, built as a curator's would
// be (the map step, then the pipeline). Prints the path of its dataset.json, for
// `PULSE_DATASET=… vite build` (the app then also loads that folder's map files).
//
// A fixture folder holds pages (*.txt), their annotations (*.yaml) and, for what a
// page needs beyond the committed vocabulary, entries to add to the shared lists
// (regions.yaml, or region.yaml; measures.yaml; sectors.yaml). Nothing here knows a
// place, a page or a count: whatever data/ holds when it runs (real pages a reviewer
// added included) is kept as it is, an entry whose id data/ already has is left out,
// and a fixture file whose name is taken is copied under a name of its own.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { isMap, isSeq, parseDocument, stringify } from 'yaml';
import { describeFailure, run } from '../pipeline/cli.ts';
import { isMain } from '../pipeline/main.ts';
import { buildMapFiles, readPlaceSources } from '../pipeline/map/cli.ts';

const ROOT = resolve(import.meta.dirname, '..');
export const COMMITTED_DATA = join(ROOT, 'data');
/** Shared lists a fixture may add entries to (id-keyed). */
const LISTS: Record<string, string> = {
  'regions.yaml': 'regions.yaml',
  'region.yaml': 'regions.yaml',
  'measures.yaml': 'measures.yaml',
  'sectors.yaml': 'sectors.yaml',
};
/** Written into every folder this builds: only such a folder is ever emptied by a rebuild. */
const MARK = '.fixture-dataset';

export interface FixtureDataset {
  /** The data folder (raw/, annotations/, map/, dataset.json). */
  dir: string;
  dataset: string;
  /** Entries added to each shared list, by id. */
  added: { file: string; ids: string[] }[];
  /** Fixture files copied under another name (their own was taken), and the name used. */
  renamed: { from: string; to: string }[];
}

const idsOf = (text: string, file: string): string[] => {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]!.message}`);
  const list = doc.contents;
  if (list === null) return [];
  if (!isSeq(list)) throw new Error(`${file}: a list of entries, each with an id`);
  return list.items.map((item) => (isMap(item) ? String(item.get('id')) : ''));
};

/** Appends the fixture's entries whose id the list lacks; returns the ids added. */
function appendEntries(target: string, fixtureFile: string): string[] {
  const have = new Set(idsOf(readFileSync(target, 'utf8'), target));
  const entries = (parseDocument(readFileSync(fixtureFile, 'utf8')).toJS() ?? []) as { id: string }[];
  const fresh = entries.filter((e) => !have.has(e.id));
  if (fresh.length === 0) return [];
  const before = readFileSync(target, 'utf8');
  writeFileSync(
    target,
    `${before}${before.endsWith('\n') ? '' : '\n'}# From the fixture ${fixtureFile}\n${stringify(fresh)}`,
  );
  return fresh.map((e) => e.id);
}

/** A name in `dir` for a fixture's file: its own, or, if taken, prefixed with the fixture's folder name. */
function freeName(dir: string, name: string, fixture: string): string {
  if (!existsSync(join(dir, name))) return name;
  for (let n = 1; ; n++) {
    const candidate = `${basename(fixture)}${n > 1 ? `-${n}` : ''}-${name}`;
    if (!existsSync(join(dir, candidate))) return candidate;
  }
}

/** Empties `out` for a rebuild, refusing a folder this did not make. */
function prepare(out: string | undefined): string {
  if (out === undefined) return mkdtempSync(join(tmpdir(), 'pulse-fixtures-'));
  const dir = resolve(out);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!existsSync(join(dir, MARK)))
      throw new Error(`${dir} is not empty and was not made by scripts/fixture-dataset.ts: refusing to replace it`);
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function buildFixtureDataset(fixtures: string[], options: { out?: string; data?: string } = {}): FixtureDataset {
  const dir = prepare(options.out);
  cpSync(options.data ?? COMMITTED_DATA, dir, { recursive: true });
  writeFileSync(join(dir, MARK), 'made by scripts/fixture-dataset.ts\n');
  const raw = join(dir, 'raw');
  const notes = join(dir, 'annotations');
  const added: FixtureDataset['added'] = [];
  const renamed: FixtureDataset['renamed'] = [];
  for (const fixture of fixtures.map((f) => resolve(f))) {
    const files = readdirSync(fixture).sort();
    for (const file of files.filter((f) => LISTS[f])) {
      const ids = appendEntries(join(notes, LISTS[file]!), join(fixture, file));
      if (ids.length > 0) added.push({ file: LISTS[file]!, ids });
    }
    // Pages first: an annotation names its page, and follows it if the page is renamed.
    const pageNames = new Map<string, string>();
    for (const page of files.filter((f) => f.endsWith('.txt'))) {
      const name = freeName(raw, page, fixture);
      cpSync(join(fixture, page), join(raw, name));
      pageNames.set(page, name);
      if (name !== page) renamed.push({ from: join(fixture, page), to: join(raw, name) });
    }
    for (const note of files.filter((f) => f.endsWith('.yaml') && !LISTS[f])) {
      const doc = parseDocument(readFileSync(join(fixture, note), 'utf8'));
      const named = doc.get('source');
      const source = typeof named === 'string' ? named : '';
      const page = pageNames.get(source);
      if (page && page !== source) doc.set('source', page);
      const name = freeName(notes, page && page !== source ? page.replace(/\.txt$/, '.yaml') : note, fixture);
      writeFileSync(
        join(notes, name),
        page && page !== source ? doc.toString() : readFileSync(join(fixture, note), 'utf8'),
      );
      if (name !== note) renamed.push({ from: join(fixture, note), to: join(notes, name) });
    }
  }
  // The map step for the places whose city file is not there yet (the copied data/map has the rest).
  const missing = readPlaceSources(join(notes, 'regions.yaml')).filter(
    (p) => !existsSync(join(dir, 'map', 'places', `${p.id}.json`)),
  );
  mkdirSync(join(dir, 'map', 'places'), { recursive: true });
  for (const [file, text] of buildMapFiles(missing, { china: false })) writeFileSync(join(dir, 'map', file), text);
  run(dir);
  return { dir, dataset: join(dir, 'dataset.json'), added, renamed };
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--out');
  const out = at >= 0 ? args[at + 1] : undefined;
  const fixtures = args.filter((_, i) => at < 0 || (i !== at && i !== at + 1));
  if (fixtures.length === 0 || (at >= 0 && !out)) {
    console.error('usage: npx tsx scripts/fixture-dataset.ts <fixture folder>… [--out <folder>]');
    process.exit(2);
  }
  try {
    const built = buildFixtureDataset(fixtures, { out });
    for (const r of built.renamed) console.error(`note: ${r.from} copied as ${r.to} (its name was taken)`);
    console.log(built.dataset);
  } catch (error) {
    console.error(describeFailure(error));
    process.exit(1);
  }
}

// `npx tsx scripts/hostile-text-dataset.ts --out <folder>`: the committed data/
// with text no one expected, for the layout checks of e2e/odd-text.spec.ts. It
// copies data/, makes some of its texts absurdly long in the curation files, and
// runs the pipeline on the copy (which warns about them, and builds). Prints the
// path of its dataset.json, for `PULSE_DATASET=… vite build`.
//
// What is lengthened is chosen from whatever data/ holds, never by name: the
// first two headline figures (a label of 600 characters with no break
// opportunity, then one of 2,000 characters of words), the place of the first
// (its English name), that place's article (its English headline and
// subheadline), its first story (its title), and the first figure's first sector
// (its name). `hostileTexts(dir)` tells a test which ids got which text.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { describeFailure, run } from '../pipeline/cli.ts';
import { isMain } from '../pipeline/main.ts';

const ROOT = resolve(import.meta.dirname, '..');
const MARK = '.hostile-text-dataset';
const RECORD = 'hostile-texts.json';
const LISTS = new Set(['measures.yaml', 'regions.yaml', 'sectors.yaml', 'stories.yaml']);

/** `length` letters with no break opportunity anywhere (no space, hyphen or CJK), starting with `tag`. */
export function unbreakable(tag: string, length: number): string {
  const letters = `${tag}${'Unbrokenlongtext'.repeat(Math.ceil(length / 16))}`;
  return letters.slice(0, length);
}

/** `length` characters of ordinary words and spaces: it wraps, but it is long. */
export function wordy(tag: string, length: number): string {
  const words = `${tag} a label that goes on and on about the figure it names, its place, its period and its source,`;
  let text = '';
  while (text.length < length) text += `${words} `;
  return text.slice(0, length).trimEnd();
}

export interface HostileTexts {
  /** The headline figure with a 600-character unbreakable label (both languages). */
  unbreakableLabel: { id: string; zh: string; en: string };
  /** The headline figure with a 2,000-character label of words. */
  longLabel: { id: string; zh: string; en: string };
  region: { id: string; en: string };
  article: { regionId: string; en: string };
  story?: { id: string; zh: string; en: string };
  sector: { id: string; zh: string; en: string };
}

const read = (file: string) => {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]!.message}`);
  return doc;
};

/** The list entry of `seq` whose `id` (or `key`) is `value`. */
function entry(list: unknown, key: string, value: string): YAMLMap | undefined {
  if (!isSeq(list)) return undefined;
  return list.items.find((item): item is YAMLMap => isMap(item) && String(item.get(key)) === value);
}

function setBoth(node: YAMLMap, key: string, zh: string | undefined, en: string) {
  if (zh !== undefined) node.setIn([key, 'zh'], zh);
  node.setIn([key, 'en'], en);
}

/** Makes the texts long in the data folder `dir` (a copy of data/), and says which. */
export function lengthen(dir: string): HostileTexts {
  const notes = join(dir, 'annotations');
  const storiesFile = join(notes, 'stories.yaml');
  const stories = read(storiesFile);
  const headlines = stories.get('headlines');
  if (!isSeq(headlines) || headlines.items.length < 2) throw new Error(`${storiesFile}: needs two headline figures`);
  const [firstId, secondId] = headlines.items
    .slice(0, 2)
    .map((item) => String((item as { value?: unknown }).value ?? item));

  const pages = readdirSync(notes)
    .filter((f) => f.endsWith('.yaml') && !LISTS.has(f))
    .sort();
  const docs = new Map(pages.map((f) => [f, read(join(notes, f))]));
  const find = (id: string) => {
    for (const [file, doc] of docs) {
      const node = entry(doc.get('indicators'), 'id', id);
      if (node) return { file, doc, node };
    }
    throw new Error(`no annotation names the headline figure ${id}`);
  };

  const first = find(firstId!);
  const second = find(secondId!);
  const unbreakableLabel = { id: firstId!, zh: `超长${unbreakable('Label', 598)}`, en: unbreakable('Label', 600) };
  const longLabel = { id: secondId!, zh: `超长指标名称${wordy('', 1994)}`, en: wordy('Long', 2000) };
  setBoth(first.node, 'label', unbreakableLabel.zh, unbreakableLabel.en);
  setBoth(second.node, 'label', longLabel.zh, longLabel.en);

  const regionId = String(first.node.get('region'));
  const sectors = first.node.get('sectors');
  const sectorId = String(
    isSeq(sectors) ? ((sectors.items[0] as { value?: unknown }).value ?? sectors.items[0]) : sectors,
  );

  // The place's article: its English headline (and subheadline, when it has one).
  const article = { regionId, en: unbreakable('Headline', 600) };
  const articleNode = entry(first.doc.get('articles'), 'region', regionId);
  if (!articleNode) throw new Error(`${first.file}: no article entry for ${regionId}`);
  articleNode.setIn(['headline', 'en'], article.en);
  if (articleNode.has('subheadline')) articleNode.setIn(['subheadline', 'en'], unbreakable('Subheadline', 600));
  for (const [file, doc] of docs) writeFileSync(join(notes, file), doc.toString({ lineWidth: 0 }));

  const regionsFile = join(notes, 'regions.yaml');
  const regions = read(regionsFile);
  const region = { id: regionId, en: unbreakable('Placename', 600) };
  entry(regions.contents, 'id', regionId)!.setIn(['name', 'en'], region.en);
  writeFileSync(regionsFile, regions.toString({ lineWidth: 0 }));

  const sectorsFile = join(notes, 'sectors.yaml');
  const sectorDoc = read(sectorsFile);
  const sector = { id: sectorId, zh: `超长${unbreakable('Sector', 598)}`, en: unbreakable('Sector', 600) };
  setBoth(entry(sectorDoc.contents, 'id', sectorId)!, 'name', sector.zh, sector.en);
  writeFileSync(sectorsFile, sectorDoc.toString({ lineWidth: 0 }));

  const storyNode = entry(stories.get('stories'), 'regionId', regionId);
  let story: HostileTexts['story'];
  if (storyNode) {
    story = { id: String(storyNode.get('id')), zh: `超长${unbreakable('Story', 598)}`, en: unbreakable('Story', 600) };
    setBoth(storyNode, 'title', story.zh, story.en);
  }
  writeFileSync(storiesFile, stories.toString({ lineWidth: 0 }));
  return { unbreakableLabel, longLabel, region, article, story, sector };
}

/** Empties `out` for a rebuild, refusing a folder this did not make. */
function prepare(out: string): string {
  const dir = resolve(out);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!existsSync(join(dir, MARK)))
      throw new Error(
        `${dir} is not empty and was not made by scripts/hostile-text-dataset.ts: refusing to replace it`,
      );
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function buildHostileDataset(
  out: string,
  data = join(ROOT, 'data'),
): { dir: string; dataset: string; texts: HostileTexts; warnings: string[] } {
  const dir = prepare(out);
  cpSync(data, dir, { recursive: true });
  writeFileSync(join(dir, MARK), 'made by scripts/hostile-text-dataset.ts\n');
  const texts = lengthen(dir);
  writeFileSync(join(dir, RECORD), `${JSON.stringify(texts, null, 2)}\n`);
  const { warnings } = run(dir);
  return { dir, dataset: join(dir, 'dataset.json'), texts, warnings };
}

/** What a built folder's texts are (for a test, beside its dataset.json). */
export const hostileTexts = (dir: string): HostileTexts =>
  JSON.parse(readFileSync(join(dir, RECORD), 'utf8')) as HostileTexts;

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--out');
  const out = at >= 0 ? args[at + 1] : undefined;
  if (!out) {
    console.error('usage: npx tsx scripts/hostile-text-dataset.ts --out <folder>');
    process.exit(2);
  }
  try {
    const built = buildHostileDataset(out);
    console.error(`${built.warnings.length} warning(s) from the pipeline, as expected for long texts`);
    console.log(built.dataset);
  } catch (error) {
    console.error(describeFailure(error));
    process.exit(1);
  }
}

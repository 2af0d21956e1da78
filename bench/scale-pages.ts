// A data folder of N pages for timing `npm run data` at scale (issue 19, point 5):
// raw pages as an OCR run prints them and the annotations a curator writes, so
// every page goes through pipeline/cli.ts `run()` unchanged.
//
//   npx tsx bench/scale-pages.ts --pages 1000 --out /tmp/pages-1000
//
// --places P sets how many places there are (by default about 6 per 10 pages:
// 600 at 1,000 pages); with the same P, N + 1 pages are the N pages and one more,
// which is how docs/pipeline.md ("At a thousand pages") times a run after adding one page.
//
// Page 1 is the committed page itself. Every other page is made from the real
// page's articles, read by the pipeline: a seeded choice and order of them, each
// about a place of its own (new names in its text, headline and annotation), its
// numbers perturbed in the text and in its annotation alike, then set again in
// the page's column form (pipeline/testing/typeset.ts). A place comes back on
// every tenth-or-so page; the labels of a place's later reports say which report
// they are, since one place may not print two figures of one label and period.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Article, Dataset, Indicator } from '../src/domain/schema.ts';
import { readInputs } from '../pipeline/cli.ts';
import { buildDataset, inferPageYear } from '../pipeline/dataset.ts';
import type {
  IgnoreAnnotation,
  IndicatorAnnotation,
  PageAnnotation,
  RegionAnnotation,
} from '../pipeline/annotations.ts';
import { isMain } from '../pipeline/main.ts';
import { typeset } from '../pipeline/testing/typeset.ts';
import { seededRandom } from './scale.ts';

const DATA_DIR = join(import.meta.dirname, '..', 'data');
const SHARED = ['sectors.yaml', 'measures.yaml', 'stories.yaml'];
/** How many pages share a place's report round: a place comes back about every this many pages. */
const ROUND_PAGES = 10;

/** What the generator reads once from the committed data. */
export interface Seed {
  page: string;
  annotation: PageAnnotation;
  annotationText: string;
  regions: RegionAnnotation[];
  regionsText: string;
  dataset: Dataset;
  shared: Record<string, string>;
}

export function readSeed(dataDir = DATA_DIR): Seed {
  const inputs = readInputs(dataDir);
  if (inputs.pages.length !== 1) throw new Error(`scale-pages: expected one seed page in ${dataDir}/raw`);
  const annotationText = new TextDecoder().decode(inputs.annotations[0]!.content as Uint8Array);
  const regionsText = readFileSync(join(dataDir, 'annotations', 'regions.yaml'), 'utf8');
  return {
    page: new TextDecoder().decode(inputs.pages[0]!.content),
    annotation: parse(annotationText) as PageAnnotation,
    annotationText,
    regions: parse(regionsText) as RegionAnnotation[],
    regionsText,
    dataset: buildDataset(inputs),
    shared: Object.fromEntries(SHARED.map((f) => [f, readFileSync(join(dataDir, 'annotations', f), 'utf8')])),
  };
}

/**
 * Characters for new place names: uncommon, never a numeral, and not on the
 * seed page, so a new name never reads as a number nor meets the page's own words.
 */
const NAME_CHARACTERS = [
  ...'澜岫琮璟瑭珂玙珩瑜璐琬璇瑶琳澄沅湘潇漓汀泷淇淞浔渭泾沣澧汭洮崧岚峤嵩崂岷峨嵋晗昀暄曦旻昶煦炜烨焕',
];

export function nameAlphabet(seedText: string): string[] {
  return NAME_CHARACTERS.filter((c) => !seedText.includes(c));
}

/** The k-th stem of three characters: each stem its own, none a part of another. */
export function stem(k: number, alphabet: string[]): string {
  const n = alphabet.length;
  if (k >= n ** 3) throw new Error(`scale-pages: more than ${n ** 3} place names`);
  // A step prime to n³ walks every stem once, so neighbouring places do not share their first characters.
  k = (k * 7919) % n ** 3;
  return alphabet[Math.floor(k / n / n)]! + alphabet[Math.floor(k / n) % n]! + alphabet[k % n]!;
}

/** A place's names: each of the seed place's match names, its stem replaced and its suffix (区, 市, 高新区…) kept. */
export function placeNames(seed: RegionAnnotation, first: number, alphabet: string[]): Map<string, string> {
  const suffix = (name: string) => /(高新区|区|市|县)$/.exec(name)?.[1] ?? '';
  return new Map(seed.match.map((m, i) => [m, stem(first + i, alphabet) + suffix(m)]));
}

/** Replaces every name of the map in a text, the longest first (荆门高新区 before 荆门). */
export function renamed(text: string, names: Map<string, string>): string {
  if (names.size === 0) return text;
  const keys = [...names.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return text.replace(pattern, (m) => names.get(m)!);
}

/** A six-digit colour of its own for the n-th new place (a multiplication by an odd number is one-to-one mod 2^24). */
const colorOf = (n: number) => `#${((n * 2654435761) % 0x1000000).toString(16).padStart(6, '0')}`;

/** The new places, one per seed place per slot: slot 0 is the seed place itself. */
export function makePlaces(seed: Seed, perSeed: number, random: () => number) {
  const alphabet = nameAlphabet(seed.page + seed.annotationText + seed.regionsText);
  const taken = new Set(seed.regions.map((r) => r.color.toLowerCase()));
  const places = new Map<string, { region: RegionAnnotation; names: Map<string, string> }>();
  let nextName = 0;
  let nextColor = 1;
  let nextCode = 0;
  for (let slot = 1; slot < perSeed; slot++) {
    for (const r of seed.regions) {
      const names = placeNames(r, nextName, alphabet);
      nextName += r.match.length;
      while (taken.has(colorOf(nextColor))) nextColor++;
      const color = colorOf(nextColor++);
      taken.add(color);
      const shift = (v: number, by: number, lo: number, hi: number) =>
        Number(Math.min(hi, Math.max(lo, v + (random() - 0.5) * by)).toFixed(3));
      const region: RegionAnnotation = {
        id: `${r.id}-${slot}`,
        name: { zh: renamed(r.name.zh, names), en: `${r.name.en} ${slot}` },
        province: r.province,
        coord: [shift(r.coord[0], 12, 100, 124), shift(r.coord[1], 8, 23, 44)],
        areaCode: `9${String(nextCode++).padStart(5, '0')}`,
        color,
        match: r.match.map((m) => names.get(m)!),
        map: { file: r.map.file, feature: renamed(r.map.feature, names) },
      };
      places.set(region.id, { region, names });
    }
  }
  return places;
}

/** A number as printed, scaled: as many decimals as it had, never a share of 100% or more from one under it. */
export function scaledNumber(printed: string, unit: string, factor: number): string {
  const value = Number(printed);
  const decimals = printed.split('.')[1]?.length ?? 0;
  const scaled = Math.max(decimals ? 10 ** -decimals : 1, value * factor);
  const out = String(Number(scaled.toFixed(decimals)));
  return unit.includes('%') && value < 100 && Number(out) >= 100 ? printed : out;
}

interface Perturbed {
  blocks: Article['blocks'];
  /** The new printed value of each perturbed indicator. */
  values: Map<string, number>;
}

/**
 * Scales the article's numbers where they are printed. Only a figure whose
 * annotation names it by value alone is touched (a `find:` text, or an
 * ignore's, would no longer be found), and ranks never are.
 */
export function perturb(
  article: Article,
  indicators: Indicator[],
  notes: Map<string, IndicatorAnnotation>,
  finds: string[],
  factor: number,
): Perturbed {
  const blocks = article.blocks.map((b) => ({ ...b }));
  const values = new Map<string, number>();
  const held = (block: string, start: number, end: number) =>
    finds.some((f) => {
      for (let at = block.indexOf(f); at >= 0; at = block.indexOf(f, at + 1))
        if (at < end && at + f.length > start) return true;
      return false;
    });
  const used = new Set(indicators.map((i) => `${i.value} ${notes.get(i.id)?.unit}`));
  for (const i of [...indicators].sort((a, b) => b.at.block - a.at.block || b.at.start - a.at.start)) {
    const note = notes.get(i.id);
    const digits = /\d+(\.\d+)?/.exec(i.mention);
    if (!note || note.find || i.normalized.family === 'rank' || !digits || Number(digits[0]) !== note.value) continue;
    const block = blocks[i.at.block]!;
    if (held(block.text, i.at.start, i.at.end)) continue;
    const printed = scaledNumber(digits[0], note.unit, factor);
    // Two figures of one unit at one value would need a find: to tell apart.
    if (used.has(`${Number(printed)} ${note.unit}`)) continue;
    used.add(`${Number(printed)} ${note.unit}`);
    const mention = i.mention.slice(0, digits.index) + printed + i.mention.slice(digits.index + digits[0].length);
    block.text = block.text.slice(0, i.at.start) + mention + block.text.slice(i.at.end);
    values.set(i.id, Number(printed));
  }
  return { blocks, values };
}

/** The article in typeset.ts's source form. */
export function articleSource(
  a: Pick<Article, 'kicker' | 'headline' | 'subheadline' | 'reporters' | 'correspondents' | 'dateline' | 'blocks'>,
): string[] {
  const bylines = [
    ...(a.reporters.length ? [`byline: 记者 ${a.reporters.join(' ')}`] : []),
    ...(a.correspondents.length ? [`byline: 通讯员 ${a.correspondents.join(' ')}`] : []),
  ];
  return [
    '===',
    ...(a.kicker ? [`kicker: ${a.kicker}`] : []),
    `headline: ${a.headline}`,
    ...(a.subheadline ? [`subtitle: ${a.subheadline}`] : []),
    ...bylines,
    ...a.blocks.map((b, n) =>
      b.type === 'heading' ? `## ${b.text}` : `${n === 0 && a.dateline ? '本报讯 ' : ''}${b.text}`,
    ),
  ];
}

/** The year the pipeline would infer for a page, or none when it prints no year. */
function printedYear(text: string): number | undefined {
  try {
    return inferPageYear(text, 'page');
  } catch {
    return undefined;
  }
}

/** The seeded order of a shuffled list. */
function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface GeneratedPage {
  name: string;
  text: string;
  annotation: string;
}

/**
 * Page `n` (from 1; page 0 is the seed): some of the seed's articles, in a seeded
 * order (an article without its byline, whose beginning is elsewhere, opens the
 * page), each about the place of its slot.
 */
export function generatePage(
  seed: Seed,
  n: number,
  placeOf: (seedRegion: string) => { id: string; names: Map<string, string> },
  round: number,
  random: () => number,
): GeneratedPage {
  const name = `scale-${String(n).padStart(5, '0')}`;
  const kept = seed.dataset.articles.filter(() => random() < 0.8);
  const chosen = kept.length > 0 ? kept : [seed.dataset.articles[0]!];
  const unsigned = chosen.filter((a) => !a.bylineOnPage);
  const articles = [
    ...unsigned,
    ...shuffled(
      chosen.filter((a) => a.bylineOnPage),
      random,
    ),
  ];
  const notes = new Map(seed.annotation.indicators.map((i) => [i.id, i]));
  const finds = (region: string) => [
    ...seed.annotation.ignore.filter((i) => i.region === region).map((i) => i.find),
    ...seed.annotation.indicators.filter((i) => i.region === region && i.find).map((i) => i.find!),
  ];
  const values = new Map<string, number>();
  const sources = articles.map((a) => {
    const own = seed.dataset.indicators.filter((i) => i.articleId === a.id);
    const p = perturb(a, own, notes, finds(a.regionId), 0.6 + random() * 0.8);
    for (const [id, v] of p.values) values.set(id, v);
    const names = placeOf(a.regionId).names;
    const r = (t: string) => renamed(t, names);
    return articleSource({
      ...a,
      headline: r(a.headline),
      ...(a.kicker ? { kicker: r(a.kicker) } : {}),
      ...(a.subheadline ? { subheadline: r(a.subheadline) } : {}),
      blocks: p.blocks.map((b) => ({ ...b, text: r(b.text) })),
    });
  });
  const order = shuffled(
    articles.map((_, i) => i + 1),
    random,
  );
  const text = typeset(['layout: end lead', `order: ${order.join(' ')}`, ...sources.flat()].join('\n'));
  const regions = new Set(articles.map((a) => a.regionId));
  const suffix = round > 0 ? { zh: `（第${round + 1}次报道）`, en: ` (report ${round + 1})` } : { zh: '', en: '' };
  const mapNote = <T extends { region: string }>(x: T) => ({ ...x, region: placeOf(x.region).id });
  const names = (region: string) => placeOf(region).names;
  const annotation: PageAnnotation = {
    source: `${name}.txt`,
    bylines: 'lead',
    printed: seed.annotation.printed,
    // A page without the article that prints this year would infer another one, and read 今年 against it.
    ...(printedYear(text) !== inferPageYear(seed.page, 'seed') ? { year: inferPageYear(seed.page, 'seed') } : {}),
    articles: seed.annotation.articles
      .filter((g) => regions.has(g.region))
      .map((g) => ({
        ...mapNote(g),
        headline: { ...g.headline, ...(g.headline.zh ? { zh: renamed(g.headline.zh, names(g.region)) } : {}) },
      })),
    ignore: seed.annotation.ignore
      .filter((i) => regions.has(i.region))
      .map((i): IgnoreAnnotation => ({ ...mapNote(i), find: renamed(i.find, names(i.region)) })),
    indicators: seed.annotation.indicators
      .filter((i) => regions.has(i.region))
      .map((i): IndicatorAnnotation => {
        const r = (t: string) => renamed(t, names(i.region));
        return {
          ...mapNote(i),
          id: `${i.id}-${name}`,
          value: values.get(i.id) ?? i.value,
          ...(i.find ? { find: r(i.find) } : {}),
          label: { zh: r(i.label.zh) + suffix.zh, en: i.label.en + suffix.en },
          ...(i.subjectName ? { subjectName: { zh: r(i.subjectName.zh), en: i.subjectName.en } } : {}),
        };
      }),
  };
  return {
    name,
    text,
    annotation: `# Generated by bench/scale-pages.ts from ${seed.annotation.source}.\n${stringify(annotation, { aliasDuplicateObjects: false })}`,
  };
}

/** The seed place and the new ones, per seed region: which slot page `n` uses, and which round of reports it is in. */
export function slotOf(n: number, perSeed: number) {
  return { slot: n % perSeed, round: Math.floor(n / perSeed) };
}

export const placesPerSeed = (pages: number) => Math.max(1, Math.ceil(pages / ROUND_PAGES));

function placeOfSlot(places: ReturnType<typeof makePlaces>, id: string) {
  const place = places.get(id)!;
  return { id: place.region.id, names: place.names };
}

/** Writes the folder: raw/, annotations/ (the shared files with every place) and map/places/. */
export function writeScalePages(
  pages: number,
  out: string,
  seed = readSeed(),
  options: { seedNumber?: number; perSeed?: number } = {},
) {
  const seedNumber = options.seedNumber ?? 20220601;
  const perSeed = options.perSeed ?? placesPerSeed(pages);
  const places = makePlaces(seed, perSeed, seededRandom(seedNumber));
  rmSync(out, { recursive: true, force: true });
  for (const sub of ['raw', 'annotations', join('map', 'places')]) mkdirSync(join(out, sub), { recursive: true });
  writeFileSync(join(out, 'raw', seed.annotation.source), seed.page);
  writeFileSync(join(out, 'annotations', seed.annotation.source.replace(/\.txt$/, '.yaml')), seed.annotationText);
  for (const [file, text] of Object.entries(seed.shared)) writeFileSync(join(out, 'annotations', file), text);
  const regions = [...seed.regions, ...[...places.values()].map((p) => p.region)];
  writeFileSync(
    join(out, 'annotations', 'regions.yaml'),
    `${seed.regionsText.trimEnd()}\n# ${places.size} places generated by bench/scale-pages.ts\n${stringify(
      [...places.values()].map((p) => p.region),
      { aliasDuplicateObjects: false },
    )}`,
  );
  // The check is that each place's map is there; what `npm run map` writes in it is not timed here.
  for (const r of regions)
    writeFileSync(join(out, 'map', 'places', `${r.id}.json`), '{"type":"FeatureCollection","features":[]}\n');
  for (let n = 1; n < pages; n++) {
    const { slot, round } = slotOf(n, perSeed);
    const placeOf = (region: string) =>
      slot === 0 ? { id: region, names: new Map<string, string>() } : placeOfSlot(places, `${region}-${slot}`);
    // Each page from its own seed: N + 1 pages (with the same places) are the N pages and one more.
    const page = generatePage(seed, n, placeOf, round, seededRandom(seedNumber + n));
    writeFileSync(join(out, 'raw', `${page.name}.txt`), page.text);
    writeFileSync(join(out, 'annotations', `${page.name}.yaml`), page.annotation);
  }
  return { pages, places: regions.length };
}

/** `--pages N --out DIR [--seed S]`. */
export function main(args: string[]): number {
  const value = (flag: string) => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const pages = Number(value('--pages') ?? 1000);
  const out = value('--out');
  if (!out || !Number.isInteger(pages) || pages < 1) {
    console.error('usage: npx tsx bench/scale-pages.ts --pages <N ≥ 1> --out <folder> [--places <n>] [--seed <n>]');
    return 1;
  }
  const started = performance.now();
  const perSeed = value('--places') === undefined ? undefined : Math.ceil(Number(value('--places')) / 6);
  const made = writeScalePages(pages, out, readSeed(), { seedNumber: Number(value('--seed') ?? 20220601), perSeed });
  console.log(
    `wrote ${out}: ${made.pages} pages, ${made.places} places (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  return 0;
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));

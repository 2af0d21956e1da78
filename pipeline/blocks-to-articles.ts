// Step 2: typed blocks → articles. Bylines divide the articles: on a page whose
// bylines `lead`, each byline opens the article it signs (the text before the
// first one is an article printed without a byline); on a page whose bylines
// `trail`, each closes the article it signs. Which it is, is a curated fact of the
// page's annotation file, never guessed. The headlines, wherever the page prints
// them, are matched to articles by the words they share (never by position), and
// each article is placed by the region its text names by a clear majority.
import type { BylinePlacement } from '../src/domain/schema.ts';
import { PipelineError } from './errors.ts';
import type { PageBlock } from './page-to-blocks.ts';
import { unknownPlaceNames } from './place-names.ts';
import { assign, bigrams } from './pairing.ts';

export interface ArticleDraft {
  /** 1-based raw line of the article's first block. */
  line: number;
  regionId: string;
  headline: string;
  /** The kicker (引题) printed above the headline, if any. */
  kicker?: string;
  subheadline?: string;
  reporters: string[];
  correspondents: string[];
  /** False for an article printed without its byline on this page. */
  bylineOnPage: boolean;
  beginningMissing: boolean;
  dateline: boolean;
  blocks: { type: 'heading' | 'paragraph'; text: string; line: number }[];
}

export interface RegionMatcher {
  id: string;
  match: string[];
}

const DATELINE = /^本报讯\s*/;
/** Openings that continue a text begun elsewhere (a jump from another page). */
const CONTINUATION = /^(与此同时|同时|此外|另外|而且|但是|因此|然而|不仅如此)[，,]/;

/**
 * `explicit` maps a headline as printed to the region its annotation names for
 * it (articles: - { region, headline: { zh } }), for an article whose text names
 * no place by a clear majority.
 */
export function blocksToArticles(
  blocks: PageBlock[],
  regions: RegionMatcher[],
  file: string,
  bylines: BylinePlacement,
  options: {
    explicit?: ReadonlyMap<string, string>;
    unplaced?: (headline: string, counts: { id: string; n: number }[]) => string;
  } = {},
): ArticleDraft[] {
  const drafts = splitAtBylines(blocks, file, bylines);
  const headlines = blocks.filter((b) => b.kind === 'headline');
  if (headlines.length !== drafts.length) {
    const merged = drafts.find((d) => d.blocks.slice(1).some((b) => DATELINE.test(b.text)));
    const bounds = bylines === 'lead' ? "begin at a byline or the page's start" : "end with a byline or the page's end";
    throw new PipelineError(
      { file, line: merged?.line ?? headlines[0]?.line },
      `one headline per article (${drafts.length} articles ${bounds})`,
      `${headlines.length} headlines${merged ? `; the article at line ${merged.line} contains a second 本报讯 — is its byline missing?` : ''}${
        !merged && headlines.length < drafts.length
          ? `; if the page was cut short, it ends at line ${Math.max(...blocks.map((b) => b.line))}`
          : ''
      }`,
    );
  }
  const assignment = matchHeadlines(
    headlines.map((h) => (h.kicker ?? '') + h.text + (h.subtitle ?? '')),
    drafts.map(articleText),
    file,
    headlines.map((h) => h.line),
  );
  return drafts.map((draft, index) => {
    const headline = headlines[assignment[index]!]!;
    return {
      ...draft,
      headline: headline.text,
      ...(headline.kicker ? { kicker: headline.kicker } : {}),
      ...(headline.subtitle ? { subheadline: headline.subtitle } : {}),
      regionId: detectRegion(headline.text + articleText(draft), headline.text, regions, options, file, draft.line),
    };
  });
}

type Draft = Omit<ArticleDraft, 'regionId' | 'headline' | 'kicker' | 'subheadline'>;

type Byline = { reporters: string[]; correspondents: string[]; line: number };

function splitAtBylines(blocks: PageBlock[], file: string, placement: BylinePlacement): Draft[] {
  const drafts: Draft[] = [];
  let current: Draft['blocks'] = [];
  /** For leading bylines: the byline that opened the article being read. */
  let opening: Byline | undefined;
  const close = (byline?: Byline) => {
    const first = current[0];
    if (!first) return;
    const dateline = DATELINE.test(first.text);
    if (dateline) first.text = first.text.replace(DATELINE, '');
    drafts.push({
      line: first.line,
      reporters: byline?.reporters ?? [],
      correspondents: byline?.correspondents ?? [],
      bylineOnPage: byline !== undefined,
      beginningMissing: !dateline && CONTINUATION.test(first.text),
      dateline,
      blocks: current,
    });
    current = [];
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph' || block.kind === 'heading')
      current.push({ type: block.kind, text: block.text, line: block.line });
    else if (block.kind === 'byline' && placement === 'trail') {
      if (current.length === 0)
        throw new PipelineError(
          { file, line: block.line },
          'article text before this byline (bylines: trail)',
          'a byline with no article',
        );
      close(block);
    } else if (block.kind === 'byline') {
      if (opening && current.length === 0)
        throw new PipelineError(
          { file, line: block.line },
          'article text between two bylines (bylines: lead)',
          'a byline with no article',
        );
      close(opening);
      opening = block;
    }
  }
  if (placement === 'lead' && opening && current.length === 0) {
    throw new PipelineError(
      { file, line: opening.line },
      'article text after this byline (bylines: lead)',
      'a byline with no article (is the page cut short after it?)',
    );
  }
  close(placement === 'lead' ? opening : undefined);
  return drafts;
}

export function articleText(article: Pick<ArticleDraft, 'blocks'>): string {
  return article.blocks.map((b) => b.text).join('\n');
}

/**
 * Returns, for each article, the index of its headline: the pairing with the
 * most words shared over all articles (share of the headline's character pairs
 * found in the article, then their number), so it never depends on the order
 * the articles or headlines are printed in. A headline that shares fewer than
 * two character pairs with the article it is paired with is refused rather
 * than guessed.
 */
export function matchHeadlines(headlines: string[], articles: string[], file: string, lines: number[]): number[] {
  const articleGrams = articles.map(bigrams);
  const weight = headlines.map((text) => {
    const grams = bigrams(text);
    return articleGrams.map((ag) => {
      const shared = [...grams].filter((g) => ag.has(g)).length;
      return { score: shared / Math.max(1, grams.size), shared };
    });
  });
  const n = Math.max(headlines.length, articles.length);
  // Hungarian method over costs: the negated weight, ties broken by pairs shared.
  const cost = Array.from({ length: n }, (_, h) =>
    Array.from({ length: n }, (_, a) => {
      const w = weight[h]?.[a];
      return w ? -(w.score + w.shared * 1e-6) : 0;
    }),
  );
  const byHeadline = assign(cost);
  const byArticle = new Array<number>(articles.length).fill(-1);
  const used = new Set<number>();
  byHeadline.forEach((a, h) => {
    if (h < headlines.length && a < articles.length && weight[h]![a]!.shared >= 2) {
      byArticle[a] = h;
      used.add(h);
    }
  });
  const unmatched = headlines.findIndex((_, h) => !used.has(h));
  if (unmatched >= 0) {
    throw new PipelineError(
      { file, line: lines[unmatched] },
      'a headline that shares words with one article on the page',
      `"${headlines[unmatched]}" matches none`,
    );
  }
  return byArticle;
}

/** How often a place's names occur in a text; overlapping names (荆门 in 荆门高新区) count once. */
export function placeMentions(text: string, regions: RegionMatcher[]): { id: string; n: number }[] {
  const found = new Map(mentionedPlaces(text, regions).map((c) => [c.id, c.n]));
  return regions.map((r) => ({ id: r.id, n: found.get(r.id) ?? 0 }));
}

/** Each place's names by their first character, so a text is read once whatever the number of places. */
type NameIndex = Map<string, { name: string; region: number }[]>;

// One index per regions list: the lists are built once per run and read for every article.
const nameIndexes = new WeakMap<RegionMatcher[], NameIndex>();

function nameIndex(regions: RegionMatcher[]): NameIndex {
  let index = nameIndexes.get(regions);
  if (index) return index;
  index = new Map();
  regions.forEach((r, region) => {
    for (const name of r.match) {
      if (name === '') continue;
      const same = index.get(name[0]!) ?? [];
      same.push({ name, region });
      index.set(name[0]!, same);
    }
  });
  nameIndexes.set(regions, index);
  return index;
}

/**
 * The places a text names, in the order of regions.yaml, with how often: only
 * those named at least once. Every occurrence of every name is found in one
 * pass over the text (a scan per place would grow with places × articles).
 */
export function mentionedPlaces(text: string, regions: RegionMatcher[]): { id: string; n: number }[] {
  const index = nameIndex(regions);
  const spans = new Map<number, [number, number][]>();
  for (let at = 0; at < text.length; at++) {
    for (const { name, region } of index.get(text[at]!) ?? []) {
      if (!text.startsWith(name, at)) continue;
      const own = spans.get(region) ?? [];
      own.push([at, at + name.length]);
      spans.set(region, own);
    }
  }
  return [...spans]
    .sort((a, b) => a[0] - b[0])
    .map(([region, list]) => {
      list.sort((a, b) => a[0] - b[0]);
      let n = 0;
      let end = -1;
      for (const [from, to] of list) {
        if (from >= end) n++;
        end = Math.max(end, to);
      }
      return { id: regions[region]!.id, n };
    });
}

/**
 * The article's place: the one whose names the text prints by a clear majority
 * (at least twice, and more often than all other places together), or the one
 * its annotation names for its headline. Otherwise the build asks for the latter,
 * and names what the text calls places that regions.yaml lacks (a new place).
 */
function detectRegion(
  text: string,
  headline: string,
  regions: RegionMatcher[],
  options: Parameters<typeof blocksToArticles>[4] & object,
  file: string,
  line: number,
): string {
  const named = options.explicit?.get(headline);
  if (named !== undefined) {
    if (!regions.some((r) => r.id === named)) {
      throw new PipelineError(
        { file, line },
        `a region id from regions.yaml (${regions.map((r) => r.id).join(', ')}) for the article "${headline}"`,
        `"${named}"`,
      );
    }
    return named;
  }
  // Only the places named count: the same best place and total as over every place, at the cost of those named.
  const places = mentionedPlaces(text, regions).sort((a, b) => b.n - a.n);
  const total = places.reduce((sum, c) => sum + c.n, 0);
  const best = places[0];
  if (best && best.n >= 2 && best.n > total - best.n) return best.id;
  const counts = placeMentions(text, regions).sort((a, b) => b.n - a.n);
  if (options.unplaced) return options.unplaced(headline, counts);
  const found =
    counts
      .filter((c) => c.n > 0)
      .map((c) => `${c.id} ${c.n}`)
      .join(', ') || 'no known place named';
  // A new place is the likeliest cause: name what the text calls places that regions.yaml lacks, and the step that adds one.
  const unknown = unknownPlaceNames(text, regions);
  const lacking = unknown.length
    ? `; names that look like places and regions.yaml lacks: ${unknown
        .slice(0, 5)
        .map((u) => `${u.name} ${u.n}`)
        .join(
          ', ',
        )} (if the article is about one of them, add it to data/annotations/regions.yaml, then run \`npm run map\`: docs/adding-a-page.md, step 2)`
    : '';
  throw new PipelineError(
    { file, line },
    `the article "${headline}" to name one place by a clear majority (at least twice, more than all others together), or its place in the page's annotation: articles: - { region: <id>, headline: { zh: "${headline}", en: … } }`,
    `${found}${lacking}`,
  );
}

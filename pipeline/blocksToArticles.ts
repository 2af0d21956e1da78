// Step 2: typed blocks → articles. Bylines divide the articles: on a page whose
// bylines `lead`, each byline opens the article it signs (the text before the
// first one is an article printed without a byline); on a page whose bylines
// `trail`, each closes the article it signs. Which it is, is a curated fact of the
// page's annotation file, never guessed. The headlines, wherever the page prints
// them, are matched to articles by the words they share (never by position), and
// each article is placed by the region its text names by a clear majority.
import type { BylinePlacement } from '../src/domain/schema.ts';
import { PipelineError } from './errors.ts';
import type { PageBlock } from './pageToBlocks.ts';

export interface ArticleDraft {
  /** 1-based raw line of the article's first block. */
  line: number;
  regionId: string;
  headline: string;
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

export function blocksToArticles(blocks: PageBlock[], regions: RegionMatcher[], file: string, bylines: BylinePlacement): ArticleDraft[] {
  const drafts = splitAtBylines(blocks, file, bylines);
  const headlines = blocks.filter((b) => b.kind === 'headline');
  if (headlines.length !== drafts.length) {
    const merged = drafts.find((d) => d.blocks.slice(1).some((b) => DATELINE.test(b.text)));
    const bounds = bylines === 'lead' ? "begin at a byline or the page's start" : "end with a byline or the page's end";
    throw new PipelineError(
      { file, line: merged?.line ?? headlines[0]?.line },
      `one headline per article (${drafts.length} articles ${bounds})`,
      `${headlines.length} headlines${merged ? `; the article at line ${merged.line} contains a second 本报讯 — is its byline missing?` : ''}${
        !merged && headlines.length < drafts.length ? `; if the page was cut short, it ends at line ${Math.max(...blocks.map((b) => b.line))}` : ''}`,
    );
  }
  const assignment = matchHeadlines(headlines.map((h) => h.text + (h.subtitle ?? '')), drafts.map(articleText), file, headlines.map((h) => h.line));
  return drafts.map((draft, index) => {
    const headline = headlines[assignment[index]!]!;
    return {
      ...draft,
      headline: headline.text,
      ...(headline.subtitle ? { subheadline: headline.subtitle } : {}),
      regionId: detectRegion(headline.text + articleText(draft), regions, file, draft.line),
    };
  });
}

type Draft = Omit<ArticleDraft, 'regionId' | 'headline' | 'subheadline'>;

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
    if (block.kind === 'paragraph' || block.kind === 'heading') current.push({ type: block.kind, text: block.text, line: block.line });
    else if (block.kind === 'byline' && placement === 'trail') {
      if (current.length === 0) throw new PipelineError({ file, line: block.line }, 'article text before this byline (bylines: trail)', 'a byline with no article');
      close(block);
    } else if (block.kind === 'byline') {
      if (opening && current.length === 0) throw new PipelineError({ file, line: block.line }, 'article text between two bylines (bylines: lead)', 'a byline with no article');
      close(opening);
      opening = block;
    }
  }
  if (placement === 'lead' && opening && current.length === 0) {
    throw new PipelineError({ file, line: opening.line }, 'article text after this byline (bylines: lead)', 'a byline with no article (is the page cut short after it?)');
  }
  close(placement === 'lead' ? opening : undefined);
  return drafts;
}

export function articleText(article: Pick<ArticleDraft, 'blocks'>): string {
  return article.blocks.map((b) => b.text).join('\n');
}

/** Distinct pairs of adjacent Chinese characters: the unit of word overlap in unsegmented text. */
function bigrams(text: string): Set<string> {
  const chars = [...text].filter((c) => /[\u4E00-\u9FFF]/.test(c));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
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
  const cost = Array.from({ length: n }, (_, h) => Array.from({ length: n }, (_, a) => {
    const w = weight[h]?.[a];
    return w ? -(w.score + w.shared * 1e-6) : 0;
  }));
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
    throw new PipelineError({ file, line: lines[unmatched] }, 'a headline that shares words with one article on the page', `"${headlines[unmatched]}" matches none`);
  }
  return byArticle;
}

/** The assignment of rows to columns of least total cost (Hungarian method, O(n³)); returns each row's column. */
function assign(cost: number[][]): number[] {
  const n = cost.length;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  const row = new Array<number>(n).fill(-1);
  for (let j = 1; j <= n; j++) if (p[j]! > 0) row[p[j]! - 1] = j - 1;
  return row;
}

function detectRegion(text: string, regions: RegionMatcher[], file: string, line: number): string {
  const counts = regions.map((r) => ({ id: r.id, n: r.match.reduce((sum, name) => sum + text.split(name).length - 1, 0) }));
  counts.sort((a, b) => b.n - a.n);
  const best = counts[0];
  if (!best || best.n === 0) {
    throw new PipelineError({ file, line }, `an article that names one of the known regions (${regions.map((r) => r.id).join(', ')})`, 'none named');
  }
  return best.id;
}

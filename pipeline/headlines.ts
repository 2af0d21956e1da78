// Where a page prints its headlines, and how its lines group into headlines.
// A headline as printed is up to three lines: a kicker (引题) above the main
// line, the main line, and a `——` subtitle under it. Headlines carry any
// punctuation (：，、“”《》！？——), so they are told from article text by where
// they stand, not by their characters: article text always ends a sentence (or
// at a byline) before a headline begins, and the page has one headline per
// article. The article count comes from the bylines, so a line is read as a
// kicker only when the page holds more title lines than it has articles.
import type { BylinePlacement } from '../src/domain/schema.ts';
import { PipelineError } from './errors.ts';
import type { PageLine } from './page-to-blocks.ts';
import { assign, bigrams, overlap } from './pairing.ts';
import { asciiForDetection, emWidth, median } from './text.ts';

export type HeadlineLayout = 'end' | 'start' | 'each';

export interface HeadlineEntry {
  kicker?: PageLine;
  main: PageLine;
  subtitle?: PageLine;
}

const BYLINE = /^(记者|通讯员)\s/;
/** Article text ends a paragraph with 。 or … (optionally inside closing quotes); a headline seldom does. */
const TEXT_END = /[。…][”’」』）)]*$/;
/** A sentence end a headline may carry too. */
const SENTENCE_END = /[。！？!?…][”’」』）)]*$/;
/** Wider than this, a line is no headline: a column or a body line run together. */
const MAX_HEADLINE_EMS = 40;

const detect = asciiForDetection;
export const isBylineLine = (text: string) => BYLINE.test(detect(text));
const isSubtitle = (l: PageLine) => /^[—－-]{2}/.test(detect(l.text));
/** The paper's own dateline opens an article's text, never a headline. */
const DATELINE = /^本报讯/;
/** Could be a headline's line: not a byline, not a line that ends article text, not a column run together. */
const isTitleLike = (l: PageLine) =>
  !isBylineLine(l.text) &&
  !DATELINE.test(l.text) &&
  !TEXT_END.test(detect(l.text)) &&
  emWidth(detect(l.text)) <= MAX_HEADLINE_EMS;

/** Runs of consecutive byline lines, by index. */
export function bylineGroups(lines: PageLine[]): { start: number; end: number }[] {
  const groups: { start: number; end: number }[] = [];
  lines.forEach((l, i) => {
    if (!isBylineLine(l.text)) return;
    const previous = groups.at(-1);
    if (previous && previous.end === i - 1) previous.end = i;
    else groups.push({ start: i, end: i });
  });
  return groups;
}

/**
 * Groups title lines into headlines: a `——` line is the subtitle of the line
 * above it; of the rest, `kickers` many lines are read as kickers, each joined
 * to the main line after it. Which ones is decided by the words they share with
 * the articles (a kicker names its article's theme), then by length (a kicker
 * is the shorter line), never by position alone.
 */
export function groupHeadlines(
  lines: PageLine[],
  count: number,
  articleTexts: string[],
  file: string,
): HeadlineEntry[] {
  const titles: { line: PageLine; subtitle?: PageLine }[] = [];
  for (const l of lines) {
    if (isSubtitle(l)) {
      const previous = titles.at(-1);
      if (!previous || previous.subtitle)
        throw new PipelineError({ file, line: l.line }, 'a subtitle (——…) right after its headline', l.text);
      previous.subtitle = l;
    } else titles.push({ line: l });
  }
  const kickers = titles.length - count;
  if (kickers <= 0) return titles.map((t) => ({ main: t.line, ...(t.subtitle ? { subtitle: t.subtitle } : {}) }));
  // A kicker has no subtitle and stands right above its main line.
  const candidates = titles.map((_, i) => i).filter((i) => i + 1 < titles.length && !titles[i]!.subtitle);
  const grams = articleTexts.map(bigrams);
  let best: { score: number; set: Set<number> } | undefined;
  for (const set of combinations(candidates, kickers, 5_000)) {
    if ([...set].some((i) => set.has(i + 1))) continue; // a main line is never also a kicker
    const entries = titles.flatMap((t, i) =>
      set.has(i) ? [] : [(set.has(i - 1) ? titles[i - 1]!.line.text : '') + t.line.text + (t.subtitle?.text ?? '')],
    );
    // The best one-to-one pairing of these headlines with the articles, as the article split will pair them.
    const weights = entries.map((e) => grams.map((g) => overlap(bigrams(e), g).score));
    const size = Math.max(entries.length, grams.length);
    const pairing = assign(
      Array.from({ length: size }, (_, h) => Array.from({ length: size }, (_, a) => -(weights[h]?.[a] ?? 0))),
    );
    // A wrong grouping leaves some headline with little in common with the article
    // it is paired with: the weakest pair decides, then the total.
    const paired = entries.map((_, h) => weights[h]?.[pairing[h]!] ?? 0);
    let score = Math.min(...paired) * 100 + paired.reduce((sum, w) => sum + w, 0);
    // Length breaks ties: a kicker is the shorter of its two lines.
    for (const i of set) if (emWidth(titles[i]!.line.text) < emWidth(titles[i + 1]!.line.text)) score += 1e-3;
    if (!best || score > best.score) best = { score, set };
  }
  const chosen = best?.set ?? new Set<number>();
  const entries: HeadlineEntry[] = [];
  titles.forEach((t, i) => {
    if (chosen.has(i)) return;
    entries.push({
      ...(chosen.has(i - 1) ? { kicker: titles[i - 1]!.line } : {}),
      main: t.line,
      ...(t.subtitle ? { subtitle: t.subtitle } : {}),
    });
  });
  return entries;
}

function* combinations(items: number[], k: number, limit: number): Generator<Set<number>> {
  let made = 0;
  const pick = function* (from: number, chosen: number[]): Generator<Set<number>> {
    if (made >= limit) return;
    if (chosen.length === k) {
      made++;
      yield new Set(chosen);
      return;
    }
    for (let i = from; i <= items.length - (k - chosen.length); i++) yield* pick(i + 1, [...chosen, items[i]!]);
  };
  yield* pick(0, []);
}

/** The text of each article between bylines, roughly: enough to tell which headline's words it shares. */
function roughArticles(lines: PageLine[], placement: BylinePlacement): string[] {
  const out: string[] = [];
  let current = '';
  for (const l of lines) {
    const byline = isBylineLine(l.text);
    if (byline && placement === 'lead' && current) {
      out.push(current);
      current = '';
    }
    if (!byline) current += l.text;
    if (byline && placement === 'trail' && current) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}

/**
 * How many articles the body holds: one per byline, plus one printed without
 * a byline, plus one per 本报讯 dateline that opens text in the middle of an
 * article (its byline is missing: counted, so that a headline is never taken
 * for a kicker to make up for it).
 */
function articleCount(body: PageLine[], placement: BylinePlacement): number {
  const groups = bylineGroups(body);
  const datelines = body.filter(
    (l, i) => i > 0 && /^本报讯/.test(detect(l.text)) && !isBylineLine(body[i - 1]!.text),
  ).length;
  if (groups.length === 0) return 1 + datelines;
  const unsigned = placement === 'lead' ? groups[0]!.start > 0 : groups.at(-1)!.end < body.length - 1;
  return groups.length + (unsigned ? 1 : 0) + datelines;
}

/**
 * Lines that read as one paragraph cut off, not as headlines: each at the
 * column's full width (the first may be indented), most holding a clause
 * break, or joined across lines into words the page prints elsewhere.
 */
function readsAsColumnText(run: PageLine[], column: number, body: string, { indented = false } = {}): boolean {
  if (run.length < 2 || run.some(isSubtitle)) return false;
  const widths = run.map((l) => emWidth(detect(l.text)));
  // OCR widths wander: ASCII digits and hyphens are half an em, punctuation may be
  // squeezed. A paragraph's first line is set two ems in: never the column's width.
  const full =
    widths.slice(1).every((w) => Math.abs(w - column) <= 2) &&
    widths[0]! >= column - 3.5 &&
    widths[0]! <= column + (indented ? -0.5 : 2);
  if (!full) return false;
  const clauses = run.filter((l) => /[，、；,;]/.test(l.text.slice(0, -1))).length;
  let joined = 0;
  for (let i = 0; i + 1 < run.length; i++) {
    const seam = run[i]!.text.slice(-1) + run[i + 1]!.text.slice(0, 1);
    if (body.split(seam).length > 2) joined++;
  }
  return clauses * 2 >= run.length || joined * 2 >= run.length - 1;
}

const truncated = (file: string, last: PageLine) =>
  new PipelineError(
    { file, line: last.line },
    'a page that ends where an article ends (a full sentence, a byline, or the headlines after one)',
    `the page truncated at line ${last.line}, mid-article: "${last.text.slice(-30)}"`,
  );

/**
 * Finds the headlines: gathered after the last article, gathered before the
 * first, or each above its article (beside the byline that leads it, or after
 * the byline that closes the article before). Returns the headlines and the
 * layout; every other line is article text.
 */
export function findHeadlines(
  lines: PageLine[],
  file: string,
  placement: BylinePlacement,
): { entries: HeadlineEntry[]; layout: HeadlineLayout } {
  const last = lines.at(-1)!;
  const column = median(lines.filter((l) => !isBylineLine(l.text)).map((l) => emWidth(detect(l.text))));

  // Gathered at the end: the title lines after the last line that ends article text.
  let trailing = lines.length;
  while (trailing > 0 && isTitleLike(lines[trailing - 1]!)) trailing--;
  if (trailing === 0)
    throw new PipelineError(
      { file, line: lines[0]!.line },
      'article text besides the headlines',
      'no line that ends a sentence',
    );
  if (trailing < lines.length) {
    const run = lines.slice(trailing);
    const bodyText = lines
      .slice(0, trailing)
      .map((l) => l.text)
      .join('');
    if (readsAsColumnText(run, column, bodyText)) throw truncated(file, last);
    // An article may end with ！ or ？: then its last lines stand in the run, and
    // the headlines begin after one of them. The split that needs the fewest kickers wins.
    const tailEnds = (end: number) =>
      run
        .slice(0, end)
        .every((l, i) =>
          i < end - 1 ? Math.abs(emWidth(detect(l.text)) - column) <= 1 : emWidth(detect(l.text)) <= column + 1,
        );
    const starts = [
      0,
      ...run.flatMap((l, i) =>
        SENTENCE_END.test(detect(l.text)) && i + 1 < run.length && tailEnds(i + 1) ? [i + 1] : [],
      ),
    ];
    const problems: string[] = [];
    for (const start of starts) {
      const body = lines.slice(0, trailing + start);
      const count = articleCount(body, placement);
      const heads = run.slice(start);
      const titles = heads.filter((l) => !isSubtitle(l)).length;
      // Fewer headlines than articles is left to the article split, which says which one lacks its headline.
      if (titles > 2 * count) {
        problems.push(`${titles} title lines (lines ${heads[0]!.line}–${last.line}) for ${count} articles`);
        continue;
      }
      return { entries: groupHeadlines(heads, count, roughArticles(body, placement), file), layout: 'end' };
    }
    const count = articleCount(lines.slice(0, trailing), placement);
    throw new PipelineError(
      { file, line: run[0]!.line },
      `one headline per article after the last article's text (${count} articles${count > 1 ? ', from the bylines' : ''}), each of a main line, an optional kicker above it and an optional ——subtitle`,
      `${problems[0]}; the line before, ${lines[trailing - 1]!.line}, ends the last article's text. If the page was cut short, it ends at line ${last.line} mid-article: "${last.text.slice(-30)}"`,
    );
  }

  const groups = bylineGroups(lines);
  const count = articleCount(lines, placement);
  /** The title lines just above index `at` (exclusive), back to the text that ends before them. */
  const runBefore = (at: number) => {
    let from = at;
    while (from > 0 && isTitleLike(lines[from - 1]!)) from--;
    return lines.slice(from, at);
  };
  const pageText = lines.map((l) => l.text).join('');
  /**
   * Where article text begins in a run of title-like lines: the first line from
   * which the rest reads as a column's text, past any line narrower than a
   * paragraph's indented first line (a headline set short). -1 if none.
   */
  const textStart = (run: PageLine[], from: number): number => {
    let k = from;
    const starts = (at: number) => readsAsColumnText(run.slice(at), column, pageText, { indented: true });
    while (k + 2 <= run.length && (isSubtitle(run[k]!) || !starts(k))) k++;
    if (k + 2 > run.length) return -1;
    while (k + 3 <= run.length && emWidth(detect(run[k]!.text)) < column - 2.5 && starts(k + 1)) k++;
    return k;
  };
  /** A kicker, main line and subtitle from title lines, by which of them is a ——subtitle. */
  const entryOf = (heads: PageLine[]): HeadlineEntry | undefined => {
    const subtitle = heads.length > 1 && isSubtitle(heads.at(-1)!) ? heads.at(-1) : undefined;
    const titles = subtitle ? heads.slice(0, -1) : heads;
    if (titles.length === 0 || titles.length > 2 || titles.some(isSubtitle)) return undefined;
    return {
      ...(titles.length === 2 ? { kicker: titles[0]! } : {}),
      main: titles.at(-1)!,
      ...(subtitle ? { subtitle } : {}),
    };
  };
  /**
   * A headline read downward from `at`, where article text follows it: the
   * lines before the first that reads as a column's text (a kicker, a main line,
   * a subtitle). Where that cannot be seen, its main line and its subtitle, and a
   * kicker only when a subtitle shows the pair (where headlines follow one
   * another, a kicker cannot be told from the headline before it).
   */
  const headlineFrom = (at: number, kickers = true): HeadlineEntry | undefined => {
    const [a, b, c] = [lines[at], lines[at + 1], lines[at + 2]];
    if (!a || !isTitleLike(a) || isSubtitle(a)) return undefined;
    if (kickers) {
      let end = at;
      while (end < lines.length && isTitleLike(lines[end]!)) end++;
      const run = lines.slice(at, end);
      const k = textStart(run, 1);
      const entry = k > 0 && k <= 3 ? entryOf(run.slice(0, k)) : undefined;
      if (entry) return entry;
    }
    if (kickers && b && c && isTitleLike(b) && !isSubtitle(b) && isSubtitle(c) && !SENTENCE_END.test(detect(a.text)))
      return { kicker: a, main: b, subtitle: c };
    return { main: a, ...(b && isSubtitle(b) ? { subtitle: b } : {}) };
  };
  /** A headline read upward from a leading byline at `at`: at most a kicker and a main line (and its subtitle) above it. */
  const headlineAbove = (at: number): HeadlineEntry | undefined => {
    const run = runBefore(at);
    if (run.length === 0) return undefined;
    const subtitle = isSubtitle(run.at(-1)!) ? run.at(-1) : undefined;
    const titles = subtitle ? run.slice(0, -1) : run;
    const main = titles.at(-1);
    if (!main || isSubtitle(main)) return undefined;
    const above = titles.at(-2);
    const kicker = above && !isSubtitle(above) && !SENTENCE_END.test(detect(above.text)) ? above : undefined;
    return { ...(kicker ? { kicker } : {}), main, ...(subtitle ? { subtitle } : {}) };
  };

  // Gathered at the start: the title lines before the first byline (lead) or the first text.
  const leading: PageLine[] = [];
  for (const l of lines) {
    if (!isTitleLike(l)) break;
    leading.push(l);
  }
  if (leading.length === 0) {
    throw new PipelineError(
      { file, line: lines[0]!.line },
      'headlines: gathered at the end or the start of the page, or each above its article',
      'none',
    );
  }
  const leadingTitles = leading.filter((l) => !isSubtitle(l)).length;
  // Gathered before the first byline: the lines above it are headlines, not an article printed without one.
  const afterLeading = lines.slice(leading.length);
  const signedCount = articleCount(afterLeading, placement);
  if (
    leading.length < lines.length &&
    isBylineLine(lines[leading.length]!.text) &&
    leadingTitles >= signedCount &&
    leadingTitles <= 2 * signedCount
  ) {
    return {
      entries: groupHeadlines(leading, signedCount, roughArticles(afterLeading, placement), file),
      layout: 'start',
    };
  }
  // Text follows the headlines at once. Where it reads as a column's text, the
  // lines before it are the headlines (kickers among them); otherwise the first
  // `count` headlines are the page's and the rest is text.
  const bodyStart = textStart(leading, 1);
  if (bodyStart > 0) {
    const heads = leading.slice(0, bodyStart);
    const titles = heads.filter((l) => !isSubtitle(l)).length;
    if (titles >= count && titles <= 2 * count && count > 1) {
      return {
        entries: groupHeadlines(heads, count, roughArticles(lines.slice(bodyStart), placement), file),
        layout: 'start',
      };
    }
  }
  const gathered: HeadlineEntry[] = [];
  for (let at = 0; gathered.length < count;) {
    const h = at < leading.length ? headlineFrom(at, false) : undefined;
    if (!h) break;
    gathered.push(h);
    at += linesOf(h);
  }
  // Gathered at the start, text follows them at once: at a paragraph's indented first line.
  const used = gathered.reduce((n, h) => n + linesOf(h), 0);
  const startFits =
    gathered.length === count &&
    count > 1 &&
    (used === leading.length || readsAsColumnText(leading.slice(used), column, pageText, { indented: true }));

  // Each above its article: every byline has its headline beside it (after a
  // trailing page's last byline there may be no article left). On a trailing
  // page the text after a byline may open like a headline, so the headlines
  // gathered at the start win when the lines after the first read as headlines.
  const beside = groups.map((g, k) =>
    placement === 'lead'
      ? headlineAbove(g.start)
      : k === groups.length - 1 && g.end === lines.length - 1
        ? null
        : headlineFrom(g.end + 1),
  );
  const eachFits = groups.length > 0 && beside.every((h) => h !== undefined);
  if (eachFits && (placement === 'lead' || !startFits)) {
    const entries = beside.filter((h): h is HeadlineEntry => !!h);
    const opening = headlineFrom(0);
    const first = entries[0];
    const firstIsOpening = first && (first.kicker ?? first.main).line === lines[0]!.line;
    if (opening && !firstIsOpening && entries.length < count) entries.unshift(opening);
    return { entries, layout: 'each' };
  }
  // Text from the first line on, with no headline before, after or beside it.
  if (readsAsColumnText(leading, column, pageText)) {
    throw new PipelineError(
      { file, line: lines.at(-1)!.line },
      'headlines: gathered at the end or the start of the page, or each above its article',
      'none',
    );
  }
  return { entries: gathered, layout: 'start' };
}

const linesOf = (h: HeadlineEntry | undefined) => (h ? 1 + (h.kicker ? 1 : 0) + (h.subtitle ? 1 : 0) : 0);

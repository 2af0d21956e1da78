// Step 4: curated annotations + the mentions found in the text → indicators.
// Values, units and quotes always come from the text; an annotation that
// disagrees with it stops the build, and so does a number nobody described.
import type { Indicator } from '../src/domain/schema.ts';
import type { IndicatorAnnotation, PageAnnotation } from './annotations.ts';
import { sentenceAround, type LocatedMention } from './articles-to-mentions.ts';
import { PipelineError, type Where } from './errors.ts';
import { parsePeriod } from './periods.ts';
import { asciiForDetection } from './text.ts';
import { knownUnit, normalize } from './units.ts';

interface ArticleRef {
  id: string;
  regionId: string;
  blocks: { text: string; line?: number }[];
}

export interface IndicatorContext {
  file: string;
  pageYear: number;
  articles: ArticleRef[];
  mentions: LocatedMention[];
  sectorIds: Set<string>;
  /** The page the mentions come from, for messages. */
  pageFile?: string;
  /** The file and line of an annotation by its id (indicator id, or ignore[n]). */
  locate?: (id: string) => Where | undefined;
}

const key = (m: LocatedMention) => `${m.articleId}#${m.block}:${m.start}`;
const describe = (m: LocatedMention) => `"${m.text}" (${m.value} ${m.unit || '(no unit)'}, ${m.approx})`;

/**
 * The indicators the annotations describe, and every problem found: each
 * annotation that disagrees with the text, and every number nobody described,
 * all at once, so a curator fixes a page in one pass.
 */
export function mentionsToIndicators(
  page: PageAnnotation,
  ctx: IndicatorContext,
): { indicators: Indicator[]; problems: PipelineError[] } {
  const problems: PipelineError[] = [];
  const attempt = <T>(work: () => T): T | undefined => {
    try {
      return work();
    } catch (error) {
      if (error instanceof PipelineError) problems.push(error);
      else throw error;
      return undefined;
    }
  };
  const claimed = new Map<string, string>();
  const claim = (m: LocatedMention, by: string) => {
    const previous = claimed.get(key(m));
    if (previous)
      throw new PipelineError(
        { ...where(ctx, by) },
        `each number to be described once`,
        `${describe(m)} is already claimed by ${previous}`,
      );
    claimed.set(key(m), by);
  };

  const seen = new Set<string>();
  const indicators: Indicator[] = [];
  page.indicators.forEach((a) => {
    const made = attempt(() => {
      if (seen.has(a.id)) throw new PipelineError(where(ctx, a.id), 'a unique indicator id', 'a duplicate id');
      seen.add(a.id);
      const article = articleFor(a.region, a.id, ctx);
      const mention = pickMention(a, article, ctx);
      claim(mention, a.id);
      return toIndicator(a, article, mention, ctx);
    });
    if (made) indicators.push(made);
  });

  page.ignore.forEach((ig, index) => {
    attempt(() => {
      const id = `ignore[${index}]`;
      const article = articleFor(ig.region, id, ctx);
      const inside = mentionsWithin(ig.find, article, ctx, id);
      if (inside.length === 0)
        throw new PipelineError(where(ctx, id), `a number inside "${ig.find}"`, 'none (remove this ignore)');
      inside.forEach((m) => claim(m, `${id} (${ig.why})`));
    });
  });

  for (const m of ctx.mentions.filter((x) => !claimed.has(key(x)))) {
    const article = ctx.articles.find((a) => a.id === m.articleId)!;
    const block = article.blocks[m.block]!;
    problems.push(
      new PipelineError(
        { file: ctx.file, id: m.articleId },
        'every number in the text to be an indicator or ignored with a reason',
        `${describe(m)} undescribed, in "${sentenceAround(block.text, m.start, m.end).text}"${block.line !== undefined && ctx.pageFile ? ` (${ctx.pageFile}, paragraph at line ${block.line})` : ''}`,
        'numbers of the text that are neither an indicator nor ignored, by article',
      ),
    );
  }
  return { indicators, problems };
}

/** An annotation's place in its file, when the caller knows it. */
function where(ctx: IndicatorContext, id: string): Where {
  return ctx.locate?.(id) ?? { file: ctx.file, id };
}

function articleFor(region: string, id: string, ctx: IndicatorContext): ArticleRef {
  const matches = ctx.articles.filter((a) => a.regionId === region);
  if (matches.length !== 1) {
    throw new PipelineError(where(ctx, id), `exactly one article on region "${region}"`, `${matches.length}`);
  }
  return matches[0]!;
}

/** Mentions that lie inside an occurrence of `find` in the article. */
function mentionsWithin(find: string, article: ArticleRef, ctx: IndicatorContext, id: string): LocatedMention[] {
  const spans: { block: number; start: number; end: number }[] = [];
  // Found on the ASCII form of both (find: 近30年 finds 近３０年 as printed); offsets hold in the printed text.
  const needle = asciiForDetection(find);
  article.blocks.forEach((b, block) => {
    const text = asciiForDetection(b.text);
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
      spans.push({ block, start: at, end: at + needle.length });
  });
  if (spans.length === 0)
    throw new PipelineError(where(ctx, id), `the text "${find}" in article ${article.id}`, 'it is not there');
  return ctx.mentions.filter(
    (m) => m.articleId === article.id && spans.some((s) => s.block === m.block && m.start >= s.start && m.end <= s.end),
  );
}

function pickMention(a: IndicatorAnnotation, article: ArticleRef, ctx: IndicatorContext): LocatedMention {
  const pool = a.find
    ? mentionsWithin(a.find, article, ctx, a.id)
    : ctx.mentions.filter((m) => m.articleId === article.id);
  const matches = pool.filter((m) => m.value === a.value && m.unit === a.unit && (!a.approx || m.approx === a.approx));
  if (matches.length === 1) return matches[0]!;
  const scope = a.find ? `in "${a.find}"` : `in article ${article.id}`;
  if (matches.length === 0) {
    const near = pool.filter((m) => m.value === a.value || m.unit === a.unit).slice(0, 4);
    throw new PipelineError(
      where(ctx, a.id),
      `${a.value} ${a.unit}${a.approx ? ` (${a.approx})` : ''} ${scope}`,
      near.length ? `in the text ${near.map(describe).join(', ')}` : 'no such number in the text',
    );
  }
  throw new PipelineError(
    where(ctx, a.id),
    `one mention of ${a.value} ${a.unit} ${scope}`,
    `${matches.length}; add or lengthen "find"`,
  );
}

function toIndicator(a: IndicatorAnnotation, article: ArticleRef, m: LocatedMention, ctx: IndicatorContext): Indicator {
  const unknownSector = a.sectors.find((s) => !ctx.sectorIds.has(s));
  if (unknownSector)
    throw new PipelineError(
      { ...where(ctx, a.id), key: 'sectors' },
      'sectors from sectors.yaml',
      `"${unknownSector}"`,
      'indicators name a sector that sectors.yaml lacks (sectors)',
    );
  if (!m.rank && !knownUnit(m.unit))
    throw new PipelineError({ ...where(ctx, a.id), key: 'unit' }, 'a unit from pipeline/units.ts', `"${m.unit}"`);
  const period = a.period === undefined ? undefined : parsePeriod(a.period, ctx.pageYear);
  if (a.period !== undefined && !period) {
    throw new PipelineError(
      { ...where(ctx, a.id), key: 'period' },
      'a period like 2021, 2021-11, 今年, 去年-09, 今年-01..04 or 2019..2021',
      `"${a.period}"`,
    );
  }
  const text = article.blocks[m.block]!.text;
  return {
    id: a.id,
    regionId: article.regionId,
    articleId: article.id,
    sectorIds: a.sectors,
    label: a.label,
    measureId: a.measure,
    subject: a.subject,
    ...(a.subjectName ? { subjectName: a.subjectName } : {}),
    value: m.value,
    unit: m.unit,
    approx: m.approx,
    ...(period ? { period } : {}),
    status: a.status,
    quote: sentenceAround(text, m.start, m.end).text,
    at: { block: m.block, start: m.start, end: m.end },
    mention: m.text,
    normalized: normalize(m.value, m.unit, m.rank || a.status === 'rank'),
  };
}

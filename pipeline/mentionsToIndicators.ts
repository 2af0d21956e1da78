// Step 4: curated annotations + the mentions found in the text → indicators.
// Values, units and quotes always come from the text; an annotation that
// disagrees with it stops the build, and so does a number nobody described.
import type { Indicator } from '../src/domain/schema.ts';
import type { IndicatorAnnotation, PageAnnotation } from './annotations.ts';
import { sentenceAround, type LocatedMention } from './articlesToMentions.ts';
import { PipelineError } from './errors.ts';
import { parsePeriod } from './periods.ts';
import { asciiForDetection } from './text.ts';
import { knownUnit, normalize } from './units.ts';

interface ArticleRef {
  id: string;
  regionId: string;
  blocks: { text: string }[];
}

export interface IndicatorContext {
  file: string;
  pageYear: number;
  articles: ArticleRef[];
  mentions: LocatedMention[];
  sectorIds: Set<string>;
}

const key = (m: LocatedMention) => `${m.articleId}#${m.block}:${m.start}`;
const describe = (m: LocatedMention) => `"${m.text}" (${m.value} ${m.unit || '(no unit)'}, ${m.approx})`;

export function mentionsToIndicators(page: PageAnnotation, ctx: IndicatorContext): Indicator[] {
  const claimed = new Map<string, string>();
  const claim = (m: LocatedMention, by: string) => {
    const previous = claimed.get(key(m));
    if (previous) throw new PipelineError({ file: ctx.file, id: by }, `each number to be described once`, `${describe(m)} is already claimed by ${previous}`);
    claimed.set(key(m), by);
  };

  const seen = new Set<string>();
  const indicators = page.indicators.map((a) => {
    if (seen.has(a.id)) throw new PipelineError({ file: ctx.file, id: a.id }, 'a unique indicator id', 'a duplicate id');
    seen.add(a.id);
    const article = articleFor(a.region, a.id, ctx);
    const mention = pickMention(a, article, ctx);
    claim(mention, a.id);
    return toIndicator(a, article, mention, ctx);
  });

  page.ignore.forEach((ig, index) => {
    const article = articleFor(ig.region, `ignore[${index}]`, ctx);
    const inside = mentionsWithin(ig.find, article, ctx, `ignore[${index}]`);
    if (inside.length === 0) throw new PipelineError({ file: ctx.file, id: `ignore[${index}]` }, `a number inside "${ig.find}"`, 'none (remove this ignore)');
    inside.forEach((m) => claim(m, `ignore[${index}] (${ig.why})`));
  });

  const missed = ctx.mentions.filter((m) => !claimed.has(key(m)));
  if (missed.length > 0) {
    const m = missed[0]!;
    const article = ctx.articles.find((a) => a.id === m.articleId)!;
    throw new PipelineError(
      { file: ctx.file, id: m.articleId },
      'every number in the text to be an indicator or ignored with a reason',
      `${missed.length} undescribed, first ${describe(m)} in "${sentenceAround(article.blocks[m.block]!.text, m.start, m.end).text}"`,
    );
  }
  return indicators;
}

function articleFor(region: string, id: string, ctx: IndicatorContext): ArticleRef {
  const matches = ctx.articles.filter((a) => a.regionId === region);
  if (matches.length !== 1) {
    throw new PipelineError({ file: ctx.file, id }, `exactly one article on region "${region}"`, `${matches.length}`);
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
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) spans.push({ block, start: at, end: at + needle.length });
  });
  if (spans.length === 0) throw new PipelineError({ file: ctx.file, id }, `the text "${find}" in article ${article.id}`, 'it is not there');
  return ctx.mentions.filter(
    (m) => m.articleId === article.id && spans.some((s) => s.block === m.block && m.start >= s.start && m.end <= s.end),
  );
}

function pickMention(a: IndicatorAnnotation, article: ArticleRef, ctx: IndicatorContext): LocatedMention {
  const pool = a.find ? mentionsWithin(a.find, article, ctx, a.id) : ctx.mentions.filter((m) => m.articleId === article.id);
  const matches = pool.filter((m) => m.value === a.value && m.unit === a.unit && (!a.approx || m.approx === a.approx));
  if (matches.length === 1) return matches[0]!;
  const where = a.find ? `in "${a.find}"` : `in article ${article.id}`;
  if (matches.length === 0) {
    const near = pool.filter((m) => m.value === a.value || m.unit === a.unit).slice(0, 4);
    throw new PipelineError(
      { file: ctx.file, id: a.id },
      `${a.value} ${a.unit}${a.approx ? ` (${a.approx})` : ''} ${where}`,
      near.length ? `in the text ${near.map(describe).join(', ')}` : 'no such number in the text',
    );
  }
  throw new PipelineError({ file: ctx.file, id: a.id }, `one mention of ${a.value} ${a.unit} ${where}`, `${matches.length}; add or lengthen "find"`);
}

function toIndicator(a: IndicatorAnnotation, article: ArticleRef, m: LocatedMention, ctx: IndicatorContext): Indicator {
  const unknownSector = a.sectors.find((s) => !ctx.sectorIds.has(s));
  if (unknownSector) throw new PipelineError({ file: ctx.file, id: a.id }, 'sectors from sectors.yaml', `"${unknownSector}"`);
  if (!m.rank && !knownUnit(m.unit)) throw new PipelineError({ file: ctx.file, id: a.id }, 'a unit from pipeline/units.ts', `"${m.unit}"`);
  const period = a.period === undefined ? undefined : parsePeriod(a.period, ctx.pageYear);
  if (a.period !== undefined && !period) {
    throw new PipelineError({ file: ctx.file, id: a.id }, 'a period like 2021, 2021-11, 今年, 去年-09, 今年-01..04 or 2019..2021', `"${a.period}"`);
  }
  const text = article.blocks[m.block]!.text;
  return {
    id: a.id,
    regionId: article.regionId as Indicator['regionId'],
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

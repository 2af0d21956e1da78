// A draft annotation for a new page: every number the page prints, with its
// value and unit as printed, its sentence, and proposals a person confirms:
// the measure (pipeline/draft-proposals.ts), whose figure it is, labels in both
// languages from the measure's names, a status from cue words, a period carried
// from earlier in the paragraph, sectors from the keyword lists in sectors.yaml,
// the place from the article, and for a number that reads as no figure, the
// `ignore:` entry with its reason. The file says `draft: true`, and the build refuses it until a person
// has finished it, deleted that line and renamed it.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { BylinePlacement } from '../src/domain/schema.ts';
import {
  readAnnotationFile,
  regionAnnotationSchema,
  sectorAnnotationSchema,
  type RegionAnnotation,
  type SectorAnnotation,
} from './annotations.ts';
import { sentenceAround, articlesToMentions, type LocatedMention } from './articles-to-mentions.ts';
import { blocksToArticles } from './blocks-to-articles.ts';
import { inferPageYear, type NamedFile, type PipelineInput } from './dataset.ts';
import { throwAll, type PipelineError } from './errors.ts';
import { decodePage, decodeText, readPage } from './page-to-blocks.ts';
import { proposeIgnore, proposeMeasureFor, proposeSubject, type Subject } from './draft-proposals.ts';
import { readMeasures, type VocabularyMeasure } from './measures.ts';
import { unitSpec } from '../src/domain/units.ts';
import { asciiForDetection } from './text.ts';
import { parsePeriod } from './periods.ts';

export interface DraftEntry {
  id: string;
  /** The article's place, or '' when its text names none by a clear majority. */
  region: string;
  articleIndex: number;
  block: number;
  start: number;
  /** The mention as printed, and the sentence around it. */
  mention: string;
  sentence: string;
  value: number;
  unit: string;
  find?: string;
  label: string;
  /** The English label built from the measure's name, or '' for a person to write. */
  labelEn: string;
  /** The measure's id from measures.yaml, or '' when no term of the vocabulary names it. */
  measure: string;
  subject: 'place' | 'entity' | 'context';
  subjectName?: string;
  /** Set when the number reads as no figure: why, for its `ignore:` entry. */
  ignore?: string;
  status: 'actual' | 'forecast' | 'target' | 'rank';
  period?: string;
  sectors: string[];
}

export interface DraftArticle {
  region: string;
  headline: string;
  subheadline?: string;
  /** Place-name mentions, for the comment (and for choosing when unplaced). */
  counts: { id: string; n: number }[];
}

export interface Draft {
  text: string;
  numbers: number;
  articles: DraftArticle[];
  entries: DraftEntry[];
}

const CLAUSE_BREAK = /[，。；：！？、,;:!?（）()“”]/;
const SENTENCE_BREAK = /[。！？]/;

/** Status cue words, read in the clause before the number (and the sentence's start). */
const FORECAST = /预计|将|有望|预期/;
const TARGET = /力争|目标|计划(?!总投资|投资)|确保|争取|打造(?!了)|培育(?!了)|争创|冲刺|到20\d\d年|迈向|奋力/;
/** A goal met is an outcome: 超目标任务73.6亿元, 超额完成. */
const MET = /超目标|超额完成|完成目标|目标任务/;
const RANK = /第|排名|位居|居全|强/;

/** Verbs and connectives that open a clause but are not part of what is measured. */
const LEADING =
  /^(?:其中|同时|此外|目前|截至目前|共|累计|全年|全市|全区|实现了?|完成了?|达到了?|达|突破|超过|新增|已|已经|并|并已|也|还|约|近|共计|合计|总计|共有|有|拥有|形成了?|建成了?|带动|推动|帮助|为|向|对|在|从|由|和|与|及|以及|今年|去年|前年|明年|\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月(?:份)?|当年|近年来|截至\d{1,2}月(?:底|末)?|前\d+个月)+/;
const TRAILING =
  /(?:达到了?|达|为|是|超过|突破|超|近|约|共|累计|实现了?|完成了?|增长了?|增加了?|提高了?|下降了?|了|的|有|超出|逾|将|已|均|共计|总计|合计|同比|预计|力争|计划|目标)+$/;

/** Proposes a label from the clause before the number (or after it, when nothing precedes it). */
export function proposeLabel(text: string, start: number, end: number, placeNames: string[] = []): string {
  const detect = asciiForDetection(text);
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(detect[from - 1]!)) from--;
  let to = end;
  while (to < detect.length && !CLAUSE_BREAK.test(detect[to]!)) to++;
  // The place is the region's: its names (and what the place does, 实现了…) are not the label.
  let lead = text.slice(from, start);
  for (let again = true; again;) {
    again = false;
    const name = [...placeNames].sort((a, b) => b.length - a.length).find((n) => lead.startsWith(n));
    if (name) {
      lead = lead.slice(name.length).replace(/^[·・]/, '');
      again = true;
    }
    const stripped = lead.replace(LEADING, '');
    if (stripped !== lead) {
      lead = stripped;
      again = true;
    }
  }
  const before = lead.replace(TRAILING, '');
  if (before.length >= 2) return before;
  if (lead.length >= 2) return lead;
  const after = text
    .slice(end, to)
    .replace(/^(?:的|了|，)+/, '')
    .replace(TRAILING, '');
  return after.length >= 2 ? after : text.slice(from, to);
}

/** Proposes a status from cue words: a rank, a forecast (预计, 将), a target (力争, 目标, 计划), else actual. */
export function proposeStatus(
  text: string,
  m: Pick<LocatedMention, 'start' | 'end' | 'rank' | 'text'>,
): DraftEntry['status'] {
  const detect = asciiForDetection(text);
  const isRank = m.rank || /第|强$/.test(asciiForDetection(m.text));
  let from = m.start;
  while (from > 0 && !CLAUSE_BREAK.test(detect[from - 1]!)) from--;
  let to = m.end;
  while (to < detect.length && !CLAUSE_BREAK.test(detect[to]!)) to++;
  const clause = detect.slice(from, m.start);
  const after = detect.slice(m.end, to);
  let sentenceFrom = m.start;
  while (sentenceFrom > 0 && !SENTENCE_BREAK.test(detect[sentenceFrom - 1]!)) sentenceFrom--;
  const lead = detect.slice(sentenceFrom, m.start);
  if (MET.test(clause)) return 'actual';
  // A rank aimed at (力争进入全省10强) is a goal; a rank held is a rank.
  if (isRank) return TARGET.test(clause) || TARGET.test(lead) ? 'target' : 'rank';
  if (TARGET.test(clause) || /^[^，。；]{0,6}(的)?(预期)?目标/.test(after)) return 'target';
  if (FORECAST.test(clause) || FORECAST.test(after)) return 'forecast';
  if (RANK.test(clause) && /^(位|名)/.test(detect.slice(m.end))) return 'rank';
  if (TARGET.test(lead)) return 'target';
  if (FORECAST.test(lead)) return 'forecast';
  return 'actual';
}

/**
 * Proposes a period from the nearest time expression before the number in its
 * sentence: 今年, 去年, 2021年, 2021年11月, 今年前4个月, 截至5月, 今年2月, 5月起,
 * 2020年以来, 目前 (the page's year). Returns a spec the build reads (2021,
 * 今年-05, 2020..今年, …), or none.
 */
export function proposePeriod(text: string, start: number, context: PeriodContext = {}): string | undefined {
  const { pageYear, end = start, status } = context;
  const detect = asciiForDetection(text);
  let sentenceFrom = start;
  while (sentenceFrom > 0 && !SENTENCE_BREAK.test(detect[sentenceFrom - 1]!)) sentenceFrom--;
  const pad = (n: string) => n.padStart(2, '0');
  const patterns: [RegExp, (m: RegExpExecArray) => string][] = [
    [/(今年|去年)前(\d{1,2})个月/g, (m) => `${m[1]}-01..${pad(m[2]!)}`],
    [/(?:((?:19|20)\d\d)年|(今年|去年))?1[-—~至到](\d{1,2})月/g, (m) => `${m[1] ?? m[2] ?? '今年'}-01..${pad(m[3]!)}`],
    [
      /(?:((?:19|20)\d\d)年|(今年|去年))?(一季度|第一季度|上半年|前三季度)/g,
      (m) => `${m[1] ?? m[2] ?? '今年'}-01..${{ 一季度: '03', 第一季度: '03', 上半年: '06', 前三季度: '09' }[m[3]!]}`,
    ],
    // 较上年 compares with last year: the figure is this year's.
    [/过去一年|(?<![较比与])上年|上一年/g, () => '去年'],
    [/截至(?:(\d{4})年|(今年|去年))?(\d{1,2})月(?:底|末)?/g, (m) => `${m[1] ?? m[2] ?? '今年'}-${pad(m[3]!)}`],
    [/((?:19|20)\d\d)年(\d{1,2})月/g, (m) => `${m[1]}-${pad(m[2]!)}`],
    [/(今年|去年)(\d{1,2})月/g, (m) => `${m[1]}-${pad(m[2]!)}`],
    [/((?:19|20)\d\d)年以来/g, (m) => `${m[1]}..今年`],
    // A five-year plan's span (十四五期间) or its last year (十四五末); a plan in a name (十四五重点项目) is no time.
    [
      /十([一二三四五六七八九])五(?:”|")?(末|期末|收官之年|开局之年|期间|时期|以来)?/g,
      (m) => {
        const first = 1981 + 5 * (CHINESE_DIGITS.indexOf(m[1]!) + 1 + 10 - 6);
        if (!m[2]) return '';
        if (/末|收官/.test(m[2])) return String(first + 4);
        if (m[2] === '开局之年') return String(first);
        return m[2] === '以来' ? `${first}..今年` : `${first}..${first + 4}`;
      },
    ],
    // N years up to now (十年来, 近五年, 过去三年), when the page's year is known.
    // (Never the tail of a longer number: 四十年来 is forty years, 2020年间 no span.)
    [
      /(?<![\d〇零一二三四五六七八九十百两])(?:(?:近|过去)([一二三四五六七八九十两]{1,3}|\d{1,2})年(?:来|间|中)?|([一二三四五六七八九十两]{1,3}|\d{1,2})年(?:来|间))/g,
      (m) => {
        const n = yearsIn(m[1] ?? m[2]!);
        return pageYear && n ? `${pageYear - n}..今年` : '';
      },
    ],
    [/((?:19|20)\d\d)年/g, (m) => m[1]!],
    [/(今年|去年)/g, (m) => m[1]!],
    [/(?<![年\d])(\d{1,2})月(?:起|份|以来)/g, (m) => `今年-${pad(m[1]!)}`],
    // 年底 and 年内 alone (去年年底 is last year's, 三年内 a span).
    [/目前|近日|近期|截至目前|当前|本月底?|(?<![年\d〇一二三四五六七八九十两])年(?:底|内)/g, () => '今年'],
  ];
  const nearest = (from: number, to: number) => {
    let best: { at: number; spec: string } | undefined;
    const claimed: [number, number][] = [];
    for (const [pattern, spec] of patterns) {
      pattern.lastIndex = 0;
      const slice = detect.slice(from, to);
      for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
        const at = from + m.index;
        if (claimed.some(([a, b]) => at < b && at + m[0].length > a)) continue;
        claimed.push([at, at + m[0].length]);
        const found = spec(m);
        if (found && (!best || at > best.at)) best = { at, spec: found };
      }
    }
    return best?.spec;
  };
  /** The time the text gives the figure, before the rule for goals below. */
  const find = (): string | undefined => {
    let sentenceTo = end;
    while (sentenceTo < detect.length && !SENTENCE_BREAK.test(detect[sentenceTo]!)) sentenceTo++;
    const clauseEnd = detect.slice(end, sentenceTo).search(/[，；]/);
    const restOfClause = detect.slice(end, clauseEnd < 0 ? sentenceTo : end + clauseEnd);
    // A list or a title given after the number in its clause (5个项目入选2020年…目录).
    const listed = /^[^“"]{0,12}?(?:入选|列入|获评|荣获|获批)(?:了)?((?:19|20)\d\d)年/.exec(restOfClause);
    if (listed) return listed[1];
    const own = nearest(sentenceFrom, start);
    if (own) {
      // From one count to another over a span (十年来，…从1个增至11个): the first is the span's start, the second its end.
      const span = /^(\d{4})\.\.今年$/.exec(own);
      if (
        span &&
        /^[^，。；]{0,6}(?:增至|增加到|增长到|提高到|提升至|提升到|扩大到|上升到|达到)/.test(detect.slice(end)) &&
        /(?:从|由)$/.test(detect.slice(Math.max(0, start - 1), start))
      )
        return span[1];
      if (
        span &&
        /(?:增至|增加到|增长到|提高到|提升至|提升到|扩大到|上升到|达到)$/.test(
          detect.slice(Math.max(0, start - 3), start),
        )
      )
        return '今年';
      return own;
    }
    // A lead that lists figures, then ……, then the time they belong to (…居全市第一……2021年，…).
    const lead = /……\s*(?:((?:19|20)\d\d)年|(今年|去年))/.exec(detect.slice(end, sentenceTo));
    if (lead) return lead[1] ?? lead[2];
    // The present later in the same clause, with no time before (…952名人员近日拿到了…);
    // never a comparison (比去年增加5家) or a date in passing (于2019年5月入职).
    const later = nearest(end, end + restOfClause.length);
    if (later && /^今年/.test(later) && !/[比较与]今年|同比/.test(restOfClause)) return later;
    // A time set at the head of an earlier sentence of the paragraph (2022年，荆州区…),
    // or in a clause of its own (数据显示，2022年，…), holds until another is set; a
    // date in passing (2021年11月，…开工) does not.
    let carried: string | undefined;
    const earlier = detect.slice(0, sentenceFrom);
    for (const clause of earlier.matchAll(/[^，。！？；]+/g)) {
      const opensSentence = clause.index === 0 || /[。！？]”?\s*$/.test(earlier.slice(0, clause.index));
      if (!opensSentence && !TIME_ONLY.test(clause[0].trim())) continue;
      const spec = nearest(clause.index, clause.index + clause[0].length);
      if (spec && /^((?:19|20)\d\d|今年|去年)(\.\..*|-01\.\.\d\d)?$/.test(spec)) carried = spec;
    }
    return carried;
  };
  const found = find();
  // A goal is for a time still to come: a past date around it (2021年11月，…开工，助力建成千亿产业集群) is not its period.
  const period = found && pageYear ? parsePeriod(found, pageYear) : undefined;
  if (status === 'target' && period && period.year < pageYear!) return undefined;
  return found;
}

export interface PeriodContext {
  /** The page's year: for spans counted back from it (十年来). */
  pageYear?: number;
  /** Where the number ends in the text. */
  end?: number;
  /** The figure's proposed status: a goal takes no past date for its period. */
  status?: DraftEntry['status'];
}

const CHINESE_DIGITS = '一二三四五六七八九';
/** 十 → 10, 五 → 5, 12 → 12. */
const yearsIn = (n: string): number => {
  if (/^\d+$/.test(n)) return Number(n);
  const digit = (c: string | undefined) => (c === '两' ? 2 : CHINESE_DIGITS.indexOf(c ?? '') + 1);
  const [tens, units] = n.split('十');
  if (units === undefined) return digit(n);
  return (tens ? digit(tens) : 1) * 10 + (units ? digit(units) : 0);
};

/** A clause that holds only a time: it sets the period of what follows. */
const TIME_ONLY = /^((19|20)\d\d年)?(今年|去年|全年|上半年|一季度|前三季度|以来)*$/;

/** Proposes sectors whose keywords occur around the number: the clause counts double, then the sentence; at most two. */
export function proposeSectors(
  sentence: string,
  clause: string,
  context: string,
  sectors: SectorAnnotation[],
): string[] {
  const score = (text: string) =>
    new Map(sectors.map((s) => [s.id, s.keywords.reduce((n, k) => n + (text.split(k).length - 1), 0)]));
  const pick = (scores: Map<string, number>) => {
    const best = Math.max(0, ...scores.values());
    if (best === 0) return [];
    return [...scores]
      .filter(([, n]) => n >= best / 2)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([id]) => id);
  };
  const inSentence = score(sentence);
  const inClause = score(clause);
  const combined = new Map([...inSentence].map(([id, n]) => [id, n + (inClause.get(id) ?? 0)]));
  const near = pick(combined);
  return near.length > 0 ? near : pick(score(context)).slice(0, 1);
}

/** A short text around a mention that occurs once in the article, for `find:`. */
function uniqueFind(
  blocks: string[],
  block: number,
  start: number,
  end: number,
  least = 0,
  others: readonly { start: number; end: number }[] = [],
): string {
  const text = blocks[block]!;
  const count = (needle: string) =>
    blocks.reduce((n, b) => n + asciiForDetection(b).split(asciiForDetection(needle)).length - 1, 0);
  let from = start;
  let to = end;
  // Grown to `least` characters on each side where it can, so a reason's `find` reads as the words it is about.
  // Never into another number: its own entry claims it.
  const free = (at: number) =>
    !/[。！？，；\d０-９]/.test(text[at]!) && !others.some((o) => at >= o.start && at < o.end);
  for (let k = 0; k < least; k++) {
    if (from > 0 && free(from - 1)) from--;
    if (to < text.length && free(to)) to++;
  }
  for (let grow = 0; grow < 40 && count(text.slice(from, to)) > 1; grow++) {
    if (from > 0 && !SENTENCE_BREAK.test(text[from - 1]!)) from--;
    if (count(text.slice(from, to)) > 1 && to < text.length && !SENTENCE_BREAK.test(text[to]!)) to++;
  }
  return text.slice(from, to);
}

/** The clause before a position, after the last clause break. */
function clauseBefore(text: string, start: number): string {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  return text.slice(from, start);
}

/**
 * The labels of a figure: the measure's names when the vocabulary names it (an
 * entity's name before them, a goal or forecast after), else the clause's words
 * in Chinese; a bare 同比增长 takes the name of what grows from the figure before.
 */
function labelFor(
  measure: VocabularyMeasure | undefined,
  subject: Subject,
  status: DraftEntry['status'],
  clause: string,
  previous: DraftEntry | undefined,
): { zh: string; en: string } {
  const qualifier = {
    actual: ['', ''],
    rank: ['', ''],
    forecast: ['（预计）', ' (forecast)'],
    target: ['目标', ' (target)'],
  }[status];
  if (measure) {
    const own = subject.subject === 'entity' ? subject.name : '';
    return {
      zh: `${own}${measure.name.zh}${qualifier[0]}`,
      en: subject.subject === 'entity' ? '' : `${measure.name.en}${qualifier[1]}`,
    };
  }
  let zh = clause.replace(/[\d.%]+/g, '').trim();
  if (/^(同比)?(增长|增速|增幅|提高|下降)$/.test(zh) && previous)
    zh = `${previous.label.replace(/（预计）|目标$/, '')}${zh.startsWith('同比') ? zh : `同比${zh}`}`;
  return { zh, en: '' };
}

const q = (text: string) => JSON.stringify(text);

/** Builds the draft of a page against the curated places and sectors. */
export function draftFor(
  page: NamedFile<Uint8Array>,
  inputs: Pick<PipelineInput, 'regions' | 'sectors' | 'measures'>,
  bylines: BylinePlacement = 'lead',
): Draft {
  const problems: PipelineError[] = [];
  const textOf = (f: NamedFile<string | Uint8Array>) =>
    typeof f.content === 'string' ? f.content : decodeText(f.content, f.file);
  let regions: RegionAnnotation[] = [];
  let sectors: SectorAnnotation[] = [];
  let measures: VocabularyMeasure[] = [];
  try {
    measures = readMeasures(textOf(inputs.measures), inputs.measures.file);
  } catch (error) {
    problems.push(...collect(error));
  }
  try {
    regions = readAnnotationFile(textOf(inputs.regions), z.array(regionAnnotationSchema), inputs.regions.file).data;
  } catch (error) {
    problems.push(...collect(error));
  }
  try {
    sectors = readAnnotationFile(textOf(inputs.sectors), z.array(sectorAnnotationSchema), inputs.sectors.file).data;
  } catch (error) {
    problems.push(...collect(error));
  }
  throwAll(problems);
  const text = decodePage(page.content, page.file);
  const file = page.file.split(/[\\/]/).at(-1)!;
  const sourceId = file.replace(/\.txt$/, '');
  const year = inferPageYear(text, page.file);
  const countsOf = new Map<string, { id: string; n: number }[]>();
  const drafts = blocksToArticles(readPage(text, page.file, bylines).blocks, regions, page.file, bylines, {
    unplaced: (headline, counts) => {
      countsOf.set(headline, counts);
      return '';
    },
  });
  const articles = drafts.map((d, n) => ({
    id: `${d.regionId || `article-${n + 1}`}-${sourceId}`,
    regionId: d.regionId,
    blocks: d.blocks,
    headline: d.headline,
    subheadline: d.subheadline,
  }));
  const mentions = articlesToMentions(articles);
  const placeNames = regions.flatMap((r) => [r.name.zh, ...r.match]);
  const entries: DraftEntry[] = [];
  articles.forEach((article, articleIndex) => {
    const own = mentions.filter((m) => m.articleId === article.id);
    const blockTexts = article.blocks.map((b) => b.text);
    const articleText = blockTexts.join('\n');
    const kept: DraftEntry[] = [];
    own.forEach((m, n) => {
      const block = article.blocks[m.block]!.text;
      const detect = asciiForDetection(block);
      const sentence = sentenceAround(block, m.start, m.end);
      const sameSentence = own.filter(
        (o) => o.block === m.block && o.start >= sentence.start && o.end <= sentence.start + sentence.text.length,
      );
      const measure = proposeMeasureFor(detect, m, measures, sameSentence);
      // A bare growth rate (…亿元，同比增长6.5%) is of what the figure before it measured, for the same subject.
      const bareGrowth =
        /^(同比)?(增长|增速|增幅|提高|下降)/.test(clauseBefore(detect, m.start)) && kept.at(-1)?.block === m.block;
      const subject: Subject =
        bareGrowth && kept.at(-1)!.subject === 'entity'
          ? { subject: 'entity', name: kept.at(-1)!.subjectName! }
          : proposeSubject(detect, m, placeNames);
      const status = proposeStatus(block, m);
      const period = proposePeriod(block, m.start, { pageYear: year, end: m.end, status });
      const clauseLabel = proposeLabel(block, m.start, m.end, placeNames);
      const label = labelFor(measure, subject, status, clauseLabel, kept.at(-1));
      const repeats = own.filter((o) => o.value === m.value && o.unit === m.unit).length > 1;
      const entry: DraftEntry = {
        id: `${article.regionId || `article-${articleIndex + 1}`}-${String(n + 1).padStart(2, '0')}`,
        region: article.regionId,
        articleIndex,
        block: m.block,
        start: m.start,
        mention: m.text,
        sentence: sentence.text,
        value: m.value,
        unit: m.unit,
        ...(repeats ? { find: uniqueFind(blockTexts, m.block, m.start, m.end) } : {}),
        label: label.zh,
        labelEn: label.en,
        measure: measure?.id ?? '',
        subject: subject.subject,
        ...(subject.subject === 'entity' ? { subjectName: subject.name } : {}),
        status,
        ...(period ? { period } : {}),
        sectors: proposeSectors(sentence.text, clauseLabel, `${article.headline}\n${articleText}`, sectors),
      };
      const why = proposeIgnore(detect, m, sameSentence, { goal: status === 'target' || status === 'forecast' });
      // The same value and unit again, for the same statistic or where nothing names one
      // (站在1108.6亿元的新起点上): the lead restating the body, or the reverse.
      // A bare count (20余个) or a rank (全球第一) says too little to be taken for the same figure.
      const specific = String(entry.value).replace(/[.0]/g, '').length >= 3 || !unitSpec(entry.unit)?.counter;
      const earlier =
        status === 'rank'
          ? undefined
          : kept.find(
              (k) =>
                k.value === entry.value &&
                k.unit === entry.unit &&
                k.subject === entry.subject &&
                (k.measure ? k.measure === entry.measure : k.label === entry.label || (!entry.measure && specific)),
            );
      const ignore = why ?? (earlier ? `repeats ${earlier.id}` : undefined);
      if (ignore) entry.ignore = ignore;
      if (ignore && !entry.find)
        entry.find = uniqueFind(
          blockTexts,
          m.block,
          m.start,
          m.end,
          4,
          own.filter((o) => o.block === m.block && o !== m),
        );
      if (!ignore) kept.push(entry);
      entries.push(entry);
    });
  });
  const draftArticles = drafts.map((d) => ({
    region: d.regionId,
    headline: d.headline,
    ...(d.subheadline ? { subheadline: d.subheadline } : {}),
    counts: countsOf.get(d.headline) ?? [],
  }));
  return {
    text: render(file, year, bylines, draftArticles, entries, createHash('sha256').update(page.content).digest('hex')),
    numbers: entries.length,
    articles: draftArticles,
    entries,
  };
}

function collect(error: unknown): PipelineError[] {
  const e = error as { errors?: PipelineError[] };
  if (Array.isArray(e?.errors)) return e.errors;
  throw error;
}

function render(
  file: string,
  year: number,
  bylines: BylinePlacement,
  articles: DraftArticle[],
  entries: DraftEntry[],
  sha256: string,
): string {
  const name = file.replace(/\.txt$/, '');
  const out: string[] = [
    `# A draft annotation of data/raw/${file} (sha256 ${sha256.slice(0, 12)}…), written by`,
    `# \`npm run data -- --draft data/raw/${file}\`. The page is dated ${year} (the latest year it prints).`,
    '#',
    '# Every number the page prints is listed, with proposals to confirm: under `ignore:` the',
    '# numbers that read as no figure (a name, a time frame, a threshold, a repeat…), each with',
    '# its reason; under `indicators` every other one, with its measure (a term of measures.yaml',
    '# in its clause, and the unit), subject (entity: a named park, firm or project; context: a',
    "# national or provincial figure), labels (the measure's names), period (carried from earlier",
    '# in the paragraph), status (goal, forecast and rank words) and sectors. Fix what is wrong,',
    "# write what is empty (English glosses, an entity's English name). Then delete",
    `# \`draft: true\` and rename this file to ${name}.yaml. The build refuses it until then.`,
    'draft: true',
    `source: ${file}`,
    `# lead: each byline is printed above the article it signs; trail: below it.`,
    `bylines: ${bylines}`,
    `# The page's year, read as the latest 20XX年 it prints: ${year}. If that is not its year, write it: year: <yyyy>`,
    '# Does the page print its publication, its date, its page number?',
    'printed: { publication: false, date: false, pageNumber: false }',
    '',
    '# The English gloss of each headline. An article whose place is left empty names',
    '# no place by a clear majority: write its region, keeping headline.zh, which pins it.',
    'articles:',
  ];
  for (const a of articles) {
    const counts = a.counts
      .filter((c) => c.n > 0)
      .map((c) => `${c.id} ${c.n}`)
      .join(', ');
    out.push(
      `  - region: ${a.region ? a.region : '""'}${a.region ? '' : `   # names no place by a clear majority${counts ? ` (${counts})` : ''}`}`,
    );
    out.push(`    headline: { zh: ${q(a.headline)}, en: "" }`);
    if (a.subheadline) out.push(`    subheadline: { en: "" }   # ${a.subheadline}`);
  }
  const ignored = entries.filter((e) => e.ignore);
  out.push(
    '',
    '# Numbers the draft reads as no figure, each with its reason (move one to indicators if it is a figure):',
  );
  if (ignored.length === 0) out.push('ignore: []');
  else {
    out.push('ignore:');
    for (const e of ignored) {
      out.push(`  # ${q(e.mention)} in 「${e.sentence}」`);
      out.push(`  - { region: ${e.region || '""'}, find: ${q(e.find ?? e.mention)}, why: ${q(e.ignore!)} }`);
    }
  }
  out.push('', 'indicators:');
  let article = -1;
  for (const e of entries.filter((x) => !x.ignore)) {
    if (e.articleIndex !== article) {
      article = e.articleIndex;
      out.push(`  # ${articles[article]!.headline}${e.region ? ` (${e.region})` : ''}`);
    }
    out.push(`  # ${q(e.mention)} in 「${e.sentence}」`);
    out.push(`  - id: ${e.id}`);
    out.push(`    region: ${e.region || '""'}`);
    out.push(`    value: ${e.value}`);
    out.push(`    unit: ${q(e.unit)}`);
    if (e.find) out.push(`    find: ${q(e.find)}`);
    out.push(`    label: { zh: ${q(e.label)}, en: ${q(e.labelEn)} }`);
    out.push(
      `    measure: ${q(e.measure)}${e.measure ? '' : '   # no term of measures.yaml names it: pick one, or add a measure'}`,
    );
    out.push(`    subject: ${e.subject}`);
    if (e.subject === 'entity') out.push(`    subjectName: { zh: ${q(e.subjectName ?? '')}, en: "" }`);
    out.push(`    sectors: [${e.sectors.join(', ')}]`);
    if (e.period) out.push(`    period: ${q(e.period)}`);
    out.push(`    status: ${e.status}`);
  }
  return `${out.join('\n')}\n`;
}

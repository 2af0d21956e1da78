// A synthetic corpus N times the real one, made by a seeded generator from the real
// data's shapes. Each real article is copied N times into places spread over China's
// land; in each copy the sentences that carry figures keep their figures (the numbers
// perturbed, in the text and in the indicators alike) and most of their other words
// are drawn afresh, and every other sentence is drawn from a character model of the
// real prose (text-model.ts). So the corpus costs what real text would (it gzips as
// prose does, not as copies do), and every quote still sits verbatim in its article.
import { readFileSync } from 'node:fs';
import { decodeCollection, type Feature, type FeatureCollection } from '../pipeline/map/decode.ts';
import type { Article, Block, Dataset, Indicator, Region } from '../src/domain/schema.ts';
import {
  charStream,
  drawClause,
  drawSentences,
  sentencesOf,
  trainCharModel,
  type CharStream,
  type DrawOptions,
} from './text-model.ts';

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** China's county-level places: no corpus of its county papers covers more. */
const COUNTY_LEVEL_PLACES = 2800;

/**
 * How many places a corpus N times the real one covers, the real ones included.
 * A paper's new pages come more and more from places it already covers, so
 * coverage grows slower than the pages (as vocabularies do, as a power of about
 * 0.7): 6 + 3.2·N^0.7 is about 410 places at ×1000 and 2,000 at ×10000, capped at
 * China's county-level places, and never more places than articles to fill them.
 * (At ×1000 the overview ships three figures of every place, with their quotes:
 * about 640 places would take `/` past its 150 KB budget; 410 leave it ~120 KB.)
 */
export function placesFor(scale: number, realPlaces: number, realArticles: number): number {
  if (scale <= 1) return realPlaces;
  const synthetic = Math.min(Math.round(3.2 * scale ** 0.7), realArticles * (scale - 1));
  return Math.min(COUNTY_LEVEL_PLACES, realPlaces + synthetic);
}

// ─── Places ──────────────────────────────────────────────────────────────────

/**
 * Provinces by the short name data/map/china.json gives them: full name, English
 * name, the area codes' first two digits, and about how many county-level places
 * each has (so synthetic places fall where counties are, not where land is empty).
 */
const PROVINCES: Record<string, readonly [string, string, string, number]> = {
  北京: ['北京市', 'Beijing', '11', 16],
  天津: ['天津市', 'Tianjin', '12', 16],
  河北: ['河北省', 'Hebei', '13', 167],
  山西: ['山西省', 'Shanxi', '14', 117],
  内蒙古: ['内蒙古自治区', 'Inner Mongolia', '15', 103],
  辽宁: ['辽宁省', 'Liaoning', '21', 100],
  吉林: ['吉林省', 'Jilin', '22', 60],
  黑龙江: ['黑龙江省', 'Heilongjiang', '23', 121],
  上海: ['上海市', 'Shanghai', '31', 16],
  江苏: ['江苏省', 'Jiangsu', '32', 95],
  浙江: ['浙江省', 'Zhejiang', '33', 90],
  安徽: ['安徽省', 'Anhui', '34', 104],
  福建: ['福建省', 'Fujian', '35', 84],
  江西: ['江西省', 'Jiangxi', '36', 100],
  山东: ['山东省', 'Shandong', '37', 136],
  河南: ['河南省', 'Henan', '41', 157],
  湖北: ['湖北省', 'Hubei', '42', 103],
  湖南: ['湖南省', 'Hunan', '43', 122],
  广东: ['广东省', 'Guangdong', '44', 122],
  广西: ['广西壮族自治区', 'Guangxi', '45', 111],
  海南: ['海南省', 'Hainan', '46', 25],
  重庆: ['重庆市', 'Chongqing', '50', 38],
  四川: ['四川省', 'Sichuan', '51', 183],
  贵州: ['贵州省', 'Guizhou', '52', 88],
  云南: ['云南省', 'Yunnan', '53', 129],
  西藏: ['西藏自治区', 'Tibet', '54', 74],
  陕西: ['陕西省', 'Shaanxi', '61', 107],
  甘肃: ['甘肃省', 'Gansu', '62', 86],
  青海: ['青海省', 'Qinghai', '63', 44],
  宁夏: ['宁夏回族自治区', 'Ningxia', '64', 22],
  新疆: ['新疆维吾尔自治区', 'Xinjiang', '65', 107],
};

/** Characters county names are often made of, with their pinyin: a name is two of them and a suffix. */
const FIRST = parsePool(
  '安an 宝bao 昌chang 长chang 德de 东dong 丰feng 凤feng 福fu 固gu 广guang 海hai 和he 鹤he 华hua 怀huai 会hui 吉ji 嘉jia 建jian 江jiang 金jin 景jing 靖jing 乐le 临lin 龙long 隆long 明ming 南nan 宁ning 平ping 庆qing 清qing 瑞rui 三san 山shan 寿shou 泰tai 通tong 文wen 武wu 西xi 兴xing 永yong 玉yu 元yuan 云yun',
);
const SECOND = parsePool(
  '安an 宝bao 昌chang 城cheng 川chuan 丰feng 谷gu 河he 湖hu 化hua 江jiang 口kou 林lin 陵ling 宁ning 平ping 浦pu 泉quan 山shan 水shui 台tai 田tian 溪xi 乡xiang 兴xing 阳yang 源yuan 州zhou 德de 远yuan 峰feng 邑yi 津jin 原yuan 坪ping 沙sha 都du 康kang 顺shun 义yi',
);
/** Suffix, its English, and how often: most county-level places are counties. */
const SUFFIXES: readonly [string, string, number][] = [
  ['县', 'County', 0.6],
  ['市', 'City', 0.2],
  ['区', 'District', 0.2],
];

function parsePool(pool: string): [string, string][] {
  return pool.split(' ').map((entry) => [entry[0]!, entry.slice(1)]);
}

type Ring = [number, number][];
interface Province {
  readonly short: string;
  readonly rings: readonly Ring[];
  readonly box: readonly [number, number, number, number];
  readonly cp: readonly [number, number];
}

/** Even-odd ray casting over every ring of a province: holes and islands count right. */
function inside(rings: readonly Ring[], [x, y]: readonly [number, number]): boolean {
  let odd = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

function provinceOf(feature: Feature): Province | undefined {
  if (!(feature.properties.name in PROVINCES)) return undefined;
  const rings =
    feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
  const points = rings.flat();
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const;
  const cp = feature.properties.cp ?? [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
  return { short: feature.properties.name, rings, box, cp };
}

/** The provinces' outlines, read once: the app's own map of China, so every synthetic place lands on it. */
let provinces: Province[] | undefined;
function chinaProvinces(): Province[] {
  provinces ??= decodeCollection(
    JSON.parse(readFileSync(new URL('../data/map/china.json', import.meta.url), 'utf8')) as FeatureCollection,
  )
    .features.map(provinceOf)
    .filter((p): p is Province => p !== undefined);
  return provinces;
}

function pickWeighted<T>(items: readonly T[], weight: (item: T) => number, random: () => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let left = random() * total;
  for (const item of items) if ((left -= weight(item)) < 0) return item;
  return items[items.length - 1]!;
}

/** A point on the province's land: uniform in its box until one falls inside it (its seat, if none does). */
function pointIn(province: Province, random: () => number): [number, number] {
  const [west, south, east, north] = province.box;
  for (let tries = 0; tries < 100; tries++) {
    const point: [number, number] = [west + random() * (east - west), south + random() * (north - south)];
    if (inside(province.rings, point)) return [Number(point[0].toFixed(3)), Number(point[1].toFixed(3))];
  }
  return [Number(province.cp[0].toFixed(3)), Number(province.cp[1].toFixed(3))];
}

/** Names a synthetic place is written with in prose: the bare name, not the list's （样本） mark. */
interface ProseName {
  zh: string;
  short: string;
  en: string;
  province: { zh: string; short: string; en: string };
}

const provinceShort = (zh: string) => zh.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, '');
const placeShort = (zh: string) => (zh.length > 2 ? zh.replace(/[区市县旗]$/, '') : zh);

/**
 * `count` places besides the real ones: visibly synthetic (（样本）, "(sample)") yet
 * each named differently, on land in a province weighted by its counties, with
 * every field a real place has and a URL-safe id no other place has.
 */
export function syntheticPlaces(real: readonly Region[], count: number, random: () => number): Region[] {
  const taken = new Set(real.map((r) => r.name.zh.replace(/（.*$/, '')));
  const all = chinaProvinces();
  const perProvince = new Map<string, number>();
  const palette = [...new Set(real.map((r) => r.color))];
  const places: Region[] = [];
  while (places.length < count) {
    const [first, firstPinyin] = FIRST[Math.floor(random() * FIRST.length)]!;
    const [second, secondPinyin] = SECOND[Math.floor(random() * SECOND.length)]!;
    const [suffix, suffixEn] = pickWeighted(SUFFIXES, (s) => s[2], random);
    const zh = `${first}${second}${suffix}`;
    if (first === second || taken.has(zh)) continue;
    taken.add(zh);
    const province = pickWeighted(all, (p) => PROVINCES[p.short]![3], random);
    const [provinceZh, provinceEn, code] = PROVINCES[province.short]!;
    const seq = (perProvince.get(code) ?? 0) + 1;
    perProvince.set(code, seq);
    const pinyin = firstPinyin + secondPinyin;
    const en = `${pinyin[0]!.toUpperCase()}${pinyin.slice(1)} ${suffixEn}`;
    places.push({
      id: `${pinyin}-${places.length + 1}`,
      name: { zh: `${zh}（样本）`, en: `${en} (sample)` },
      province: { zh: provinceZh, en: provinceEn },
      coord: pointIn(province, random),
      // The 9 in the third digit keeps them apart from most real codes; six digits, as a real one.
      areaCode: `${code}9${String(seq).padStart(3, '0')}`,
      color: palette[places.length % palette.length]!,
    });
  }
  return places;
}

function proseName(region: Region): ProseName {
  const zh = region.name.zh.replace(/（样本）$/, '');
  return {
    zh,
    short: placeShort(zh.split('·')[0]!),
    en: region.name.en.replace(/ \(sample\)$/, ''),
    province: { zh: region.province.zh, short: provinceShort(region.province.zh), en: region.province.en },
  };
}

/** Every string a real place is written as, each to what the target place is written as in its place. */
function renamings(real: readonly Region[], target: Region): { zh: Map<string, string>; en: Map<string, string> } {
  const to = proseName(target);
  const zh = new Map<string, string>();
  const en = new Map<string, string>();
  for (const region of real) {
    if (region.id === target.id) continue;
    const parts = region.name.zh.split('·');
    zh.set(region.name.zh, to.zh);
    for (const part of parts) {
      zh.set(part, to.zh);
      if (placeShort(part) !== part) zh.set(placeShort(part), to.short);
    }
    if (region.province.zh !== target.province.zh) {
      zh.set(region.province.zh, to.province.zh);
      zh.set(provinceShort(region.province.zh), to.province.short);
      en.set(region.province.en, to.province.en);
    }
    en.set(region.name.en, to.en);
    for (const part of region.name.en.split(' · ')) en.set(part, to.en);
  }
  for (const [from, into] of zh) if (from === into || from.length < 2) zh.delete(from);
  return { zh, en };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A function that writes the real places' names as the target's: longest names first, so a full name goes whole. */
function renamer(names: Map<string, string>): (text: string) => string {
  if (names.size === 0) return (text) => text;
  const pattern = new RegExp(
    [...names.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|'),
    'g',
  );
  return (text) => text.replace(pattern, (name) => names.get(name)!);
}

// ─── Articles ────────────────────────────────────────────────────────────────

/**
 * How the text is redrawn, tuned so the ×1000 corpus gzips within 1.5× of the real
 * page (scale.test.ts holds it there): the real page's text gzips 2.1×, ×1000's 2.8×
 * (its quotes 3.5× and 4.7×). Less backoff or fewer redrawn clauses read better and
 * compress more, toward copies.
 */
const TEXT = {
  /** Three characters of context: words and set phrases, not whole sentences copied. */
  order: 4,
  draw: { backoff: 0.5 } satisfies DrawOptions,
  /** The chance a clause without a figure, in a sentence with one, is redrawn. */
  clause: 0.95,
  /** The chance a figure's clause has its words before (or after) the figure redrawn, all but the nearest few. */
  around: 0.85,
};

interface Rewriter {
  readonly stream: CharStream;
  readonly random: () => number;
  readonly rename: (text: string) => string;
}

interface Figure {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  /** The mention as the copy prints it. */
  readonly printed: string;
}

/** Where a figure's quote sits in its block: the occurrence around its span (or, failing that, the 。-sentence around it). */
function quoteRange(text: string, quote: string, start: number, end: number): [number, number] {
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1))
    if (at <= start && at + quote.length >= end) return [at, at + quote.length];
  const to = text.indexOf('。', end);
  return [text.lastIndexOf('。', start - 1) + 1, to < 0 ? text.length : to + 1];
}

/** Figures whose quotes overlap share one rebuilt sentence. */
function groupByQuote(ranges: { range: [number, number]; figure: Figure }[]) {
  const groups: { start: number; end: number; figures: Figure[] }[] = [];
  for (const { range, figure } of [...ranges].sort((a, b) => a.range[0] - b.range[0])) {
    const last = groups[groups.length - 1];
    if (last && range[0] < last.end) {
      last.end = Math.max(last.end, range[1]);
      last.figures.push(figure);
    } else groups.push({ start: range[0], end: range[1], figures: [figure] });
  }
  return groups;
}

/** A piece of text's opening marks, words and closing marks: words are redrawn, marks stay. */
function framed(text: string) {
  const lead = /^[“‘「『《（(”’」』）)]*/.exec(text)![0];
  const trail = /[，；：。！？、”’」』》）)]*$/.exec(text.slice(lead.length))![0];
  return { lead, body: text.slice(lead.length, text.length - trail.length), trail };
}

/** About `length` ± 30% characters. */
const around = (length: number, random: () => number) => Math.max(2, Math.round(length * (0.7 + 0.6 * random())));

/** Prose between the figures' sentences: each sentence redrawn (its marks kept), too-short runs only renamed. */
function redrawProse(text: string, w: Rewriter): string {
  return sentencesOf(text)
    .map((sentence) => {
      const { lead, body, trail } = framed(sentence);
      if (body.length < 4) return w.rename(sentence);
      const drawn = w.rename(drawSentences(w.stream, around(body.length, w.random)));
      return lead + (/[。！？]/.test(trail) ? drawn.slice(0, -1) + trail : drawn + trail);
    })
    .join('');
}

/** Clause pieces of a sentence: each ends after its clause's mark (and any closing quote). */
const clausesOf = (text: string) => text.match(/[^，；：。！？]*(?:[，；：。！？]+[”’」』）)]*|$)/g)!.filter((c) => c);

/**
 * A figure sentence rebuilt clause by clause. Clauses without a figure are mostly
 * redrawn; a figure's clause keeps the figure and the few characters next to it
 * (what it is a figure of) and may have its farther words redrawn. Returns the
 * text and where each figure's printed mention now starts within it.
 */
function rebuildSentence(text: string, from: number, figures: readonly Figure[], w: Rewriter) {
  let out = '';
  const starts = new Map<string, number>();
  let at = from;
  for (const clause of clausesOf(text)) {
    const { lead, body, trail } = framed(clause);
    const bodyStart = at + lead.length;
    const own = figures.filter((f) => f.start < bodyStart + body.length && f.end > bodyStart);
    out += lead;
    if (own.length === 0) {
      out += w.rename(
        body.length >= 2 && w.random() < TEXT.clause ? drawClause(w.stream, around(body.length, w.random)) : body,
      );
    } else {
      const first = own[0]!.start - bodyStart;
      const last = own[own.length - 1]!.end - bodyStart;
      out += redrawFar(body.slice(0, first), 'before', w);
      for (const [k, f] of own.entries()) {
        if (k > 0) out += w.rename(text.slice(own[k - 1]!.end - from, f.start - from));
        starts.set(f.id, out.length);
        out += f.printed;
      }
      out += redrawFar(body.slice(last), 'after', w);
    }
    out += trail;
    at += clause.length;
  }
  return { text: out, starts };
}

/** Words beside a figure: the nearest 2–4 characters kept, the rest (when long) maybe redrawn. */
function redrawFar(words: string, side: 'before' | 'after', w: Rewriter): string {
  const keep = 2 + Math.floor(w.random() * 3);
  if (words.length < keep + 4 || w.random() >= TEXT.around) return w.rename(words);
  const drawn = w.rename(drawClause(w.stream, around(words.length - keep, w.random)));
  return side === 'before' ? drawn + w.rename(words.slice(-keep)) : w.rename(words.slice(0, keep)) + drawn;
}

/** One block of a copy, with each of its figures' new span and quote. */
function rewriteBlock(block: Block, figures: readonly (Figure & { quote: string })[], w: Rewriter) {
  const spans = new Map<string, { start: number; end: number; quote: string }>();
  if (figures.length === 0 && block.type === 'heading')
    return { block: { ...block, text: w.rename(drawClause(w.stream, around(block.text.length, w.random))) }, spans };
  const groups = groupByQuote(
    figures.map((figure) => ({ range: quoteRange(block.text, figure.quote, figure.start, figure.end), figure })),
  );
  let text = '';
  let read = 0;
  for (const group of groups) {
    text += redrawProse(block.text.slice(read, group.start), w);
    const rebuilt = rebuildSentence(block.text.slice(group.start, group.end), group.start, group.figures, w);
    for (const f of group.figures) {
      const start = text.length + rebuilt.starts.get(f.id)!;
      spans.set(f.id, { start, end: start + f.printed.length, quote: rebuilt.text });
    }
    text += rebuilt.text;
    read = group.end;
  }
  text += redrawProse(block.text.slice(read), w);
  return { block: { ...block, text: text || block.text }, spans };
}

/** A mention's first number times `factor`, to three figures (ranks and numbers in words stay). */
function perturbed(indicator: Indicator, factor: number): { value: number; mention: string } {
  if (indicator.normalized.family === 'rank' || !/\d/.test(indicator.mention))
    return { value: indicator.value, mention: indicator.mention };
  const value = Number((indicator.value * factor).toPrecision(3));
  return { value, mention: indicator.mention.replace(/\d+(\.\d+)?/, String(value)) };
}

interface Copy {
  readonly article: Article;
  readonly own: readonly Indicator[];
  readonly id: string;
  readonly suffix: string;
  readonly place: Region;
}

function copyArticle(copy: Copy, w: Rewriter, renameEn: (text: string) => string) {
  const factor = 0.5 + w.random();
  const values = new Map(copy.own.map((i) => [i.id, perturbed(i, factor)]));
  const spans = new Map<string, { start: number; end: number; quote: string }>();
  const blocks = copy.article.blocks.map((block, n) => {
    const figures = copy.own
      .filter((i) => i.at.block === n)
      .map((i) => ({ id: i.id, start: i.at.start, end: i.at.end, printed: values.get(i.id)!.mention, quote: i.quote }));
    const rewritten = rewriteBlock(block, figures, w);
    for (const [id, span] of rewritten.spans) spans.set(id, span);
    return rewritten.block;
  });
  const { article } = copy;
  const renamed: Article = {
    ...article,
    id: copy.id,
    regionId: copy.place.id,
    headline: w.rename(article.headline),
    headlineEn: renameEn(article.headlineEn),
    blocks,
  };
  if (article.kicker !== undefined) renamed.kicker = w.rename(article.kicker);
  if (article.subheadline !== undefined) renamed.subheadline = w.rename(article.subheadline);
  if (article.subheadlineEn !== undefined) renamed.subheadlineEn = renameEn(article.subheadlineEn);
  const indicators = copy.own.map((i): Indicator => {
    const { value, mention } = values.get(i.id)!;
    const span = spans.get(i.id)!;
    return {
      ...i,
      id: `${i.id}${copy.suffix}`,
      articleId: copy.id,
      regionId: copy.place.id,
      value,
      mention,
      quote: span.quote,
      at: { block: i.at.block, start: span.start, end: span.end },
      normalized: {
        ...i.normalized,
        value:
          i.normalized.family === 'rank'
            ? i.normalized.value
            : Number((i.normalized.value * (value / i.value)).toPrecision(12)),
      },
    };
  });
  return { article: renamed, indicators };
}

export function scaleDataset(real: Dataset, scale: number, seed = 20220601): Dataset {
  if (scale <= 1) return real;
  const random = seededRandom(seed);
  const regions = [
    ...real.regions,
    ...syntheticPlaces(
      real.regions,
      placesFor(scale, real.regions.length, real.articles.length) - real.regions.length,
      random,
    ),
  ];
  const model = trainCharModel(
    real.articles.flatMap((a) => a.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text)),
    TEXT.order,
  );
  const stream = charStream(model, random, TEXT.draw);
  const renamers = new Map<string, { zh: (t: string) => string; en: (t: string) => string }>();
  const renamersOf = (place: Region) => {
    let found = renamers.get(place.id);
    if (!found) {
      const names = renamings(real.regions, place);
      found = { zh: renamer(names.zh), en: renamer(names.en) };
      renamers.set(place.id, found);
    }
    return found;
  };
  const ownOf = new Map(real.articles.map((a) => [a.id, real.indicators.filter((i) => i.articleId === a.id)]));
  const articles: Article[] = [...real.articles];
  const indicators: Indicator[] = [...real.indicators];
  let n = 0;
  for (let copy = 1; copy < scale; copy++) {
    for (const article of real.articles) {
      // Round the places, the synthetic ones first: at small scales the real places keep only their own article.
      const place = regions[(real.regions.length + n++) % regions.length]!;
      const rename = renamersOf(place);
      const made = copyArticle(
        { article, own: ownOf.get(article.id)!, id: `${article.id}-x${copy}`, suffix: `-x${copy}`, place },
        { stream, random, rename: rename.zh },
        rename.en,
      );
      articles.push(made.article);
      indicators.push(...made.indicators);
    }
  }
  return { ...real, regions, articles, indicators };
}

// Finds every number in a sentence of Chinese news text and reads it as
// value + unit + qualifier, exactly as printed: "超过500亿元" → 500, 亿元, over.
// Calendar dates ("2021年", "11月", "4月14日") are not mentions; a Roman-numeral
// class such as "II类" is not a number. Everything else that looks like a
// quantity is returned, and the annotations must either describe or ignore it.
import type { Approx } from '../src/domain/schema.ts';
import { printedUnits } from '../src/domain/units.ts';

export interface Mention {
  start: number;
  end: number;
  text: string;
  value: number;
  unit: string;
  approx: Approx;
  /** An ordinal with a ranking context: 第4位, 全国第一. */
  rank: boolean;
}

// Units and counters come from the one unit table, longest first.
const UNITS = printedUnits('arabic');
const CHINESE_COUNTERS = printedUnits('chinese');
const PREFIX: [string, Approx][] = [
  ['超过', 'over'],
  ['突破', 'over'],
  ['超', 'over'],
  ['破', 'over'],
  ['逾', 'over'],
  ['近', 'under'],
  ['约', 'about'],
];
const SUFFIX: [string, Approx][] = [
  ['以上', 'over'],
  ['左右', 'about'],
  ['以下', 'under'],
];
const RANK_CONTEXT = /(全国|全球|全市|全省|全区|亚洲|排名|位居|稳居|跃居|位列|居|争|夺|保持|勇夺|荣获)$/;
/** What a Chinese ordinal names when it is no rank: 第一批, 第一次, 第一产业, 第一书记, 第一时间. */
const NOT_A_RANK = /^(批|次|产业|书记|时间|届|期|季度|阶段|步|轮|线|个|家|年|天|位次|责任|要务|动力|生产力|资源)/;
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十三 → 13, 二十 → 20, 两 → 2, 百 → 100. Only what news text uses for counts. */
export function chineseNumeral(text: string): number | undefined {
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in DIGITS) digit = DIGITS[ch]!;
    else if (ch === '十' || ch === '百' || ch === '千') {
      total += (digit || 1) * (ch === '十' ? 10 : ch === '百' ? 100 : 1000);
      digit = 0;
    } else return undefined;
  }
  return total + digit;
}

const startsWithAny = (text: string, at: number, options: string[]) => options.find((o) => text.startsWith(o, at));

export function findMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  const taken = (s: number, e: number) => mentions.some((m) => s < m.end && e > m.start);
  const push = (m: Mention) => {
    if (!taken(m.start, m.end)) mentions.push(m);
  };

  // Chinese magnitudes: 千亿, 百亿, and 亿 when qualified (近亿元) — never the 亿 of a name like 亿纬.
  for (const m of text.matchAll(/(近|超过|突破|超|破)?(千亿|百亿|亿)(元)?/g)) {
    const [whole, qualifier, magnitude, yuan] = m;
    if (magnitude === '亿' && !qualifier) continue;
    if (magnitude === '亿' && !yuan) continue;
    const value = magnitude === '千亿' ? 1000 : magnitude === '百亿' ? 100 : 1;
    const approx = PREFIX.find(([p]) => p === qualifier)?.[1] ?? 'exact';
    push({
      start: m.index,
      end: m.index + whole.length,
      text: whole,
      value,
      unit: yuan ? '亿元' : '亿',
      approx,
      rank: false,
    });
  }

  for (const m of text.matchAll(/第(\d+|[一二三四五六七八九十]+)(位|名|家)?/g)) {
    const arabic = /^\d/.test(m[1]!);
    // A Chinese ordinal is a rank after a ranking word, or where it ends its
    // clause (济宁争第一。): never as part of a name (第一批, 第一产业).
    const next = text.slice(m.index + m[0].length);
    if (
      !arabic &&
      (NOT_A_RANK.test(next) ||
        !(RANK_CONTEXT.test(text.slice(0, m.index)) || m[2] || /^([，。；！？”）]|$)/.test(next)))
    )
      continue;
    const value = arabic ? Number(m[1]) : chineseNumeral(m[1]!)!;
    push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      value,
      unit: m[2] ?? '',
      approx: 'exact',
      rank: true,
    });
  }

  for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) {
    const start = m.index;
    const numberEnd = start + m[0].length;
    const before = text.slice(0, start);
    const after = text.slice(numberEnd);
    if (/[A-Za-z+]$/.test(before) || /^[A-Za-z+]/.test(after)) continue; // part of a name: G60, 1+N
    if (isCalendarDate(m[0], before, after)) continue;
    push(readQuantity(text, start, numberEnd, Number(m[0]), UNITS));
  }

  for (const m of text.matchAll(/[一二两三四五六七八九十百]+/g)) {
    if (text[m.index - 1] === '第') continue;
    const counter = startsWithAny(text, m.index + m[0].length, CHINESE_COUNTERS);
    const value = chineseNumeral(m[0]);
    if (!counter || value === undefined) continue;
    push(readQuantity(text, m.index, m.index + m[0].length, value, CHINESE_COUNTERS));
  }

  return mentions.sort((a, b) => a.start - b.start);
}

function isCalendarDate(digits: string, before: string, after: string): boolean {
  const n = Number(digits);
  if (/^(19|20)\d\d$/.test(digits) && after.startsWith('年')) return true;
  if (n >= 1 && n <= 12 && after.startsWith('月')) return true;
  return n >= 1 && n <= 31 && after.startsWith('日') && /月$/.test(before);
}

/** Extends a bare number with its qualifiers and unit: 近|超…  N  余|多  unit  以上|左右. */
function readQuantity(text: string, start: number, numberEnd: number, value: number, units: string[]): Mention {
  let from = start;
  let approx: Approx = 'exact';
  const prefix = PREFIX.find(([p]) => text.slice(0, start).endsWith(p));
  if (prefix) {
    from = start - prefix[0].length;
    approx = prefix[1];
  }
  let to = numberEnd;
  if (text[to] === '余' || text[to] === '多') {
    approx = 'over';
    to++;
  }
  const unit = startsWithAny(text, to, units) ?? '';
  to += unit.length;
  if (text[to] === '多') {
    approx = 'over';
    to++;
  }
  const suffix = SUFFIX.find(([s]) => text.startsWith(s, to));
  if (suffix) {
    approx = suffix[1];
    to += suffix[0].length;
  }
  return { start: from, end: to, text: text.slice(from, to), value, unit, approx, rank: false };
}

// A period for readers. The pipeline's label (2021, 2022-02, 2022-01–04,
// 2019–2021, 2021-09–2022) holds no Chinese and stays as it is in Chinese;
// English gets month names: Feb 2022, Jan–Apr 2022, Sep 2021 – 2022.
import type { Period } from '../domain/schema.ts';
import type { Lang } from '../domain/view.ts';
import { dateFormat } from './intl.ts';

const MONTH: Intl.DateTimeFormatOptions = { month: 'short', timeZone: 'UTC' };
const monthName = (month: number) => dateFormat('en', MONTH).format(Date.UTC(2000, month - 1, 1));

/** "2022-02" → Feb 2022, "2022" → 2022; anything else as given. */
function point(text: string): string {
  const m = /^(\d{4})(?:-(\d{1,2}))?$/.exec(text);
  if (!m) return text;
  return m[2] ? `${monthName(Number(m[2]))} ${m[1]}` : m[1]!;
}

export function formatPeriod(period: Pick<Period, 'label' | 'year' | 'month' | 'from' | 'to'>, lang: Lang): string {
  if (lang === 'zh') return period.label;
  if (period.from === undefined || period.to === undefined)
    return period.month ? `${monthName(period.month)} ${period.year}` : String(period.year);
  const from = /^(\d{4})-(\d{1,2})$/.exec(period.from);
  const to = /^(\d{4})-(\d{1,2})$/.exec(period.to);
  // Months of one year share it: Jan–Apr 2022.
  if (from && to && from[1] === to[1]) return `${monthName(Number(from[2]))}–${monthName(Number(to[2]))} ${to[1]}`;
  const [a, b] = [point(period.from), point(period.to)];
  // An en dash is spaced when either end is more than one word.
  return a.includes(' ') || b.includes(' ') ? `${a} – ${b}` : `${a}–${b}`;
}

// Periods as curated ("2021", "今年-02", "今年-01..04", "2020..今年") → explicit
// periods. 今年 and 去年 are read against the page's own year and flagged inferred.
import type { Period } from '../src/domain/schema.ts';

const pad = (m: number) => String(m).padStart(2, '0');

function point(spec: string, pageYear: number): { year: number; month?: number; inferred: boolean } | undefined {
  const m = /^(\d{4}|今年|去年)(?:-(\d{1,2}))?$/.exec(spec.trim());
  if (!m) return undefined;
  const inferred = m[1] === '今年' || m[1] === '去年';
  const year = m[1] === '今年' ? pageYear : m[1] === '去年' ? pageYear - 1 : Number(m[1]);
  const month = m[2] !== undefined ? Number(m[2]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  return { year, ...(month !== undefined ? { month } : {}), inferred };
}

const show = (p: { year: number; month?: number }) => (p.month ? `${p.year}-${pad(p.month)}` : String(p.year));

/** Returns undefined for a spec it cannot read; the caller reports where. */
export function parsePeriod(spec: string | number, pageYear: number): Period | undefined {
  const text = String(spec);
  const [fromSpec, toSpec, extra] = text.split('..');
  if (extra !== undefined || fromSpec === undefined) return undefined;
  const from = point(fromSpec, pageYear);
  if (!from) return undefined;
  if (toSpec === undefined) return { label: show(from), ...from };
  // "今年-01..04": the end inherits the start's year when it gives only a month.
  const to = /^\d{1,2}$/.test(toSpec) ? point(`${from.year}-${toSpec}`, pageYear) : point(toSpec, pageYear);
  if (!to) return undefined;
  const inferred = from.inferred || to.inferred || /今年|去年/.test(toSpec);
  const sameYear = from.year === to.year;
  const label =
    sameYear && from.month && to.month
      ? `${from.year}-${pad(from.month)}–${pad(to.month)}`
      : `${show(from)}–${show(to)}`;
  return { label, year: to.year, ...(to.month ? { month: to.month } : {}), from: show(from), to: show(to), inferred };
}

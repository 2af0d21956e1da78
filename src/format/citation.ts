// Citation lines for an article, or one indicator in it, in GB/T 7714-2015 and
// APA 7 style. The page prints no newspaper name, date or page number, and its
// year is inferred: the citation says so rather than inventing them.
import type { ArticleSummary, IndicatorSummary } from '../domain/app-data.ts';
import type { Source } from '../domain/schema.ts';

export interface CitationInput {
  article: Pick<ArticleSummary, 'headline' | 'headlineEn' | 'reporters' | 'correspondents'>;
  source: Pick<Source, 'date' | 'printed'>;
  indicator?: Pick<IndicatorSummary, 'label'>;
  /** The address cited: the article, or the indicator's sentence in it. */
  url: string;
  accessed: Date;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** GB/T 7714-2015, newspaper article seen online ([N/OL]). */
export function citeGbt({ article, source, indicator, url, accessed }: CitationInput): string {
  const authors = [...article.reporters, ...article.correspondents];
  const who = authors.length ? authors.join(', ') : '佚名';
  const paper = source.printed.publication ? '' : '报纸名称版面未印出';
  const year = source.date.inferred ? `[${source.date.year}]（年份据版面推断）` : String(source.date.year);
  const what = indicator ? `（指标：${indicator.label.zh}）` : '';
  return `${who}. ${article.headline}[N/OL]. ${paper}, ${year}${what}[${isoDay(accessed)}]. ${url}.`;
}

/** APA 7, newspaper article; the Chinese headline with its English gloss in brackets. */
export function citeApa({ article, source, indicator, url, accessed }: CitationInput): string {
  const authors = [...article.reporters, ...article.correspondents];
  const who = authors.length ? `${authors.join(', ')}.` : '';
  const year = source.date.inferred ? `(${source.date.year}, year inferred from the page)` : `(${source.date.year})`;
  const paper = source.printed.publication ? '' : ' Newspaper name not printed on the page.';
  const what = indicator ? ` Indicator: ${indicator.label.en}.` : '';
  const day = accessed.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  return [who, year, `${article.headline} [${article.headlineEn}].${paper}${what} Retrieved ${day}, from ${url}`]
    .filter(Boolean)
    .join(' ');
}

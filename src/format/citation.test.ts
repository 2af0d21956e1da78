import { describe, expect, it } from 'vitest';
import { index, indicator } from '../testing/dataset.ts';
import { citeApa, citeGbt } from './citation.ts';

const article = index.dataset.articles.find((a) => a.regionId === 'zoucheng')!;
const source = index.dataset.sources[0]!;
const input = {
  article,
  source,
  indicator: indicator('zoucheng-posts-total'),
  url: 'https://example.org/indicator/zoucheng-posts-total',
  accessed: new Date('2026-11-29T12:00:00Z'),
};

describe('citations', () => {
  it('GB/T 7714: authors, headline [N/OL], the unprinted paper and the inferred year said so, the indicator, access date, link', () => {
    const line = citeGbt(input);
    expect(line).toBe(
      `陈曦, 盛超, 马磊. ${article.headline}[N/OL]. 报纸名称版面未印出, [2022]（年份据版面推断）（指标：${indicator('zoucheng-posts-total').label.zh}）[2026-11-29]. https://example.org/indicator/zoucheng-posts-total.`,
    );
  });

  it('APA: the year marked as inferred, the headline with its English gloss, the indicator, retrieval date and link', () => {
    const line = citeApa(input);
    expect(line).toContain('(2022, year inferred from the page)');
    expect(line).toContain(`${article.headline} [${article.headlineEn}]`);
    expect(line).toContain('Retrieved November 29, 2026, from https://example.org/indicator/zoucheng-posts-total');
    expect(line).toContain(`Indicator: ${indicator('zoucheng-posts-total').label.en}`);
  });

  it('an article with no byline on the page cites no author it does not have', () => {
    const jingmen = index.dataset.articles.find((a) => a.regionId === 'jingmen')!;
    expect(citeGbt({ ...input, article: jingmen, indicator: undefined })).toMatch(/^佚名\. /);
    expect(citeApa({ ...input, article: jingmen, indicator: undefined })).toMatch(/^\(2022, year inferred/);
  });
});

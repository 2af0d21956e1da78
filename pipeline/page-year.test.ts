import { describe, expect, it } from 'vitest';
import { inferPageYear } from './dataset.ts';

describe('the page year', () => {
  it('is the latest year the page reports on, never a goal year ahead of it', () => {
    expect(inferPageYear('2022年，全区地区生产总值增长6.5%。到2025年，力争突破2000亿元。', 'p.txt')).toBe(2022);
    expect(inferPageYear('2023年上半年，签约项目58个；力争2030年建成千亿级集群。', 'p.txt')).toBe(2023);
    expect(inferPageYear('2021年产值317.7亿元，2022年预计超500亿元。', 'p.txt')).toBe(2022);
  });
});

describe("the page's annotation may give its year", () => {
  it('and the build reads 今年 against it, saying it was given, not inferred', async () => {
    const { buildDataset } = await import('./dataset.ts');
    const { realInputs } = await import('./testing/fixtures.ts');
    const inputs = realInputs();
    const built = buildDataset({
      ...inputs,
      annotations: inputs.annotations.map((a) => ({
        ...a,
        content: a.content.replace(/\nbylines: /, '\nyear: 2023\nbylines: '),
      })),
    });
    const seed = built.sources.find((s) => s.file === '2022-page-01.txt')!;
    expect(seed.date).toMatchObject({ year: 2023, inferred: false });
    const articles = new Set(built.articles.filter((a) => a.sourceId === seed.id).map((a) => a.id));
    const thisYear = built.indicators.filter((i) => articles.has(i.articleId) && i.period?.inferred);
    expect(thisYear.length).toBeGreaterThan(0);
    for (const i of thisYear) expect([2022, 2023]).toContain(i.period!.year);
    expect(thisYear.some((i) => i.period!.year === 2023)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { dataset, index, indexOf, indexWithoutQuotes, placesWithoutFigures } from '../testing/dataset.ts';
import { facetCounts, filterArticles, filterIndicators, headlineFigures, sectorBreakdown, sortedPage } from './selectors.ts';

const none = { regions: [], sectors: [], q: '' };

describe('filterIndicators', () => {
  it('returns everything without filters', () => {
    expect(filterIndicators(index, none)).toHaveLength(index.dataset.indicators.length);
  });
  it('keeps indicators in any selected region and any selected sector', () => {
    const rows = filterIndicators(index, { regions: ['tongnan', 'linjiang'], sectors: ['ecology'], q: '' });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((i) => ['tongnan', 'linjiang'].includes(i.regionId) && i.sectorIds.includes('ecology'))).toBe(true);
  });
  it('searches labels in both languages and the quoted sentence', () => {
    expect(filterIndicators(index, { ...none, q: '格林美' }).map((i) => i.id)).toContain('jingmen-gem-output');
    expect(filterIndicators(index, { ...none, q: 'river patrols' }).map((i) => i.id)).toEqual(['tongnan-joint-river-patrols']);
    expect(filterIndicators(index, { ...none, q: 'zzzz-nothing' })).toEqual([]);
  });
  it('searches labels only until the quotes are loaded, then quotes too', () => {
    // A word of some quote that no label carries.
    const word = '河长';
    expect(dataset.indicators.some((i) => i.label.zh.includes(word))).toBe(false);
    expect(filterIndicators(indexWithoutQuotes, { ...none, q: word })).toEqual([]);
    expect(filterIndicators(index, { ...none, q: word }).length).toBeGreaterThan(0);
    expect(filterIndicators(indexWithoutQuotes, { ...none, q: 'river patrols' }).map((i) => i.id)).toEqual(['tongnan-joint-river-patrols']);
  });
});

describe('filterArticles', () => {
  it.each(placesWithoutFigures().map((p) => [p.name, p] as const))('finds a place by its article though it has no figures (%s)', (_name, { regionId, dataset: data }) => {
    const quiet = indexOf(data);
    const article = data.articles.find((a) => a.regionId === regionId)!;
    const q = article.headline.slice(0, 4);
    expect(filterIndicators(quiet, { ...none, regions: [regionId] })).toEqual([]);
    expect(filterArticles(quiet, { ...none, q }).map((a) => a.id)).toContain(article.id);
  });
});

describe('facetCounts', () => {
  it('counts each region under the other filters, not its own', () => {
    const { regions, sectors } = facetCounts(index, { regions: ['jingmen'], sectors: ['ecology'], q: '' });
    // Region counts ignore the region filter: adding Tongnan would give its ecology indicators.
    expect(regions.get('tongnan')).toBe(filterIndicators(index, { regions: ['tongnan'], sectors: ['ecology'], q: '' }).length);
    // Every place: its count under the sector filter (0 for one without such figures).
    for (const r of dataset.regions) expect(regions.get(r.id), r.id).toBe(filterIndicators(index, { regions: [r.id], sectors: ['ecology'], q: '' }).length);
    // Sector counts ignore the sector filter but keep the region.
    expect(sectors.get('nev-battery')).toBe(filterIndicators(index, { regions: ['jingmen'], sectors: ['nev-battery'], q: '' }).length);
  });
});

describe('sortedPage', () => {
  it('sorts by value within unit families and keeps text order on ties', () => {
    const rows = filterIndicators(index, { ...none, regions: ['jingmen'] }).filter((i) => i.normalized.family === 'currency');
    const sorted = sortedPage(index, rows, 'value', 'desc', 'zh');
    expect(new Set(sorted)).toEqual(new Set(rows));
    const values = sorted.map((i) => i.normalized.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });
  it('keeps the text order between equal keys in either direction', () => {
    const rows = filterIndicators(index, none);
    for (const dir of ['asc', 'desc'] as const) {
      const sorted = sortedPage(index, rows, 'region', dir, 'zh');
      const jingmen = sorted.filter((i) => i.regionId === 'jingmen').map((i) => index.order.get(i.id)!);
      expect(jingmen).toEqual([...jingmen].sort((a, b) => a - b));
    }
  });
  it('returns the first rows of the order, up to the limit', () => {
    const rows = filterIndicators(index, none);
    const all = sortedPage(index, rows, 'label', 'asc', 'en');
    expect(sortedPage(index, rows, 'label', 'asc', 'en', 10)).toEqual(all.slice(0, 10));
    const labels = all.map((i) => i.label.en);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('en').compare));
  });
  it('sorts by period as text and keeps undated rows first ascending', () => {
    const sorted = sortedPage(index, filterIndicators(index, none), 'period', 'asc', 'en');
    expect(sorted[0]!.period).toBeUndefined();
    expect(sorted.at(-1)!.period?.label).toBe('2025');
  });
});

describe('headlineFigures and sectorBreakdown', () => {
  it('shows key figures that pass the filters, in their order', () => {
    expect(headlineFigures(index, filterIndicators(index, none)).map((i) => i.id)).toEqual(index.dataset.headlineIndicatorIds.slice(0, 4));
    expect(headlineFigures(index, filterIndicators(index, { ...none, regions: ['tongnan'] }))[0]!.regionId).toBe('tongnan');
  });
  it('never headlines a context figure, and fills in only with outcomes, whatever the filters', () => {
    const curated = new Set(index.dataset.headlineIndicatorIds);
    for (const region of index.dataset.regions) {
      for (const sector of [...index.dataset.sectors.map((s) => s.id), '']) {
        const rows = filterIndicators(index, { regions: [region.id], sectors: sector ? [sector] : [], q: '' });
        for (const figure of headlineFigures(index, rows, 8)) {
          expect(figure.subject, figure.id).not.toBe('context');
          if (!curated.has(figure.id)) expect(figure.status, figure.id).toBe('actual');
        }
      }
    }
  });
  it('counts a region’s indicators by sector, the largest first', () => {
    const breakdown = sectorBreakdown(filterIndicators(index, { ...none, regions: ['zoucheng'] }));
    const own = dataset.indicators.filter((i) => i.regionId === 'zoucheng');
    const sectors = new Set(own.flatMap((i) => i.sectorIds));
    expect(breakdown.map((b) => b.sectorId).sort()).toEqual([...sectors].sort());
    for (const { sectorId, count } of breakdown) expect(count, sectorId).toBe(own.filter((i) => i.sectorIds.includes(sectorId)).length);
    for (let n = 1; n < breakdown.length; n++) expect(breakdown[n - 1]!.count).toBeGreaterThanOrEqual(breakdown[n]!.count);
    // On the seed page, Zoucheng's article is about welfare posts: that sector leads its figures there.
    const seedOnly = sectorBreakdown(filterIndicators(index, { ...none, regions: ['zoucheng'] }).filter((i) => i.articleId === 'zoucheng-2022-page-01'));
    expect(seedOnly[0]).toEqual({ sectorId: 'employment-welfare', count: 11 });
  });
});

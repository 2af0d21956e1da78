import { describe, expect, it } from 'vitest';
import { filterSummary } from './filter-summary.ts';

const index = {
  regionById: new Map([['jingmen', { name: { zh: '荆门', en: 'Jingmen' } }]]),
  sectorById: new Map([['industry', { name: { zh: '工业', en: 'Industry' } }]]),
} as unknown as Parameters<typeof filterSummary>[1];

describe('filterSummary', () => {
  it('names the places, sectors and search in force', () => {
    expect(filterSummary({ regions: ['jingmen'], sectors: ['industry'], q: '锂' }, index, 'en')).toBe('Filters · Regions: Jingmen; Sectors: Industry; search “锂”');
    expect(filterSummary({ regions: [], sectors: [], q: '' }, index, 'zh')).toBe('全部数据（未筛选）');
    expect(filterSummary({ regions: [], sectors: [], q: '' }, index, 'zh', 'jingmen')).toContain('荆门');
  });
});

import { describe, expect, it } from 'vitest';
import { inferPageYear } from './dataset.ts';

describe('the page year', () => {
  it('is the latest year the page reports on, never a goal year ahead of it', () => {
    expect(inferPageYear('2022年，全区地区生产总值增长6.5%。到2025年，力争突破2000亿元。', 'p.txt')).toBe(2022);
    expect(inferPageYear('2023年上半年，签约项目58个；力争2030年建成千亿级集群。', 'p.txt')).toBe(2023);
    expect(inferPageYear('2021年产值317.7亿元，2022年预计超500亿元。', 'p.txt')).toBe(2022);
  });
});

import { describe, expect, it } from 'vitest';
import { dataset, indicator } from '../testing/dataset.ts';
import { labelWithPeriod } from './label.ts';
import { formatPeriod } from './period.ts';

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;
const period = (id: string) => indicator(id).period!;

describe('formatPeriod', () => {
  it('leaves the Chinese label as the pipeline wrote it', () => {
    expect(formatPeriod(period('tongnan-shuangjiang-concrete'), 'zh')).toBe('2022-01–04');
    expect(formatPeriod(period('linjiang-credit-rank'), 'zh')).toBe('2022-02');
  });
  it('names months in English', () => {
    expect(formatPeriod(period('jingmen-auto-output-2021'), 'en')).toBe('2021');
    expect(formatPeriod(period('linjiang-credit-rank'), 'en')).toBe('Feb 2022');
    expect(formatPeriod(period('tongnan-shuangjiang-concrete'), 'en')).toBe('Jan–Apr 2022');
    expect(formatPeriod(period('jingmen-eve-fixed-investment'), 'en')).toBe('2012–2022');
    expect(formatPeriod(period('shushan-unsolvable-window-cases'), 'en')).toBe('Sep 2021 – 2022');
  });
  it('writes every period of the dataset without Chinese in either language', () => {
    for (const i of dataset.indicators) {
      if (!i.period) continue;
      expect(i.period.label, i.id).not.toMatch(CJK);
      expect(formatPeriod(i.period, 'en'), i.id).not.toMatch(CJK);
      expect(formatPeriod(i.period, 'en'), i.id).toContain(String(i.period.year));
    }
  });
});

describe('labelWithPeriod', () => {
  it('punctuates for the language', () => {
    expect(labelWithPeriod(indicator('linjiang-credit-rank'), 'zh')).toBe('城市信用综合指数全国县级市排名（2022-02）');
    expect(labelWithPeriod(indicator('linjiang-credit-rank'), 'en')).toBe(
      'City credit index, rank among county-level cities (Feb 2022)',
    );
    expect(labelWithPeriod(indicator('jingmen-nev-park-area'), 'en')).toBe(
      'New-energy vehicle industrial park, planned area',
    );
  });
});

// An article about a place regions.yaml lacks: the build names what the text
// calls places, with their counts, and the step that adds one.
import { describe, expect, it, vi } from 'vitest';
import { main } from './cli.ts';
import { unknownPlaceNames } from './place-names.ts';
import { OTHER_REGION, smallData } from './testing/small-data.ts';

describe('unknownPlaceNames', () => {
  // Our own sentences, in the style of a district report.
  const text = [
    '2022年，湖北省荆州区坚持工业强区，荆州区地区生产总值增长5.1%。',
    '在荆州区纪南镇，园区企业达到120家；纪南镇新建产业园区。',
    '荆州市沙市区、荆州区与荆门市开展合作，全市城市更新提速，全区乡镇面貌一新。',
    '沛县客商到访，沛县企业签约。公司上市，上市公司增加。',
  ].join('');

  it('reads names back from their suffix, most frequent first, and leaves generic words out', () => {
    // 荆州 and 沙市区 stand alone once, 荆门市 is printed once: under the two a name needs.
    expect(unknownPlaceNames(text, [])).toEqual([
      { name: '荆州区', n: 4 },
      { name: '纪南镇', n: 2 },
      { name: '沛县', n: 2 },
    ]);
  });

  it('leaves out the places regions.yaml names, and anything named once', () => {
    const names = unknownPlaceNames(text, [{ id: 'jingzhou', match: ['荆州区', '荆州'] }]).map((c) => c.name);
    expect(names).toEqual(['纪南镇', '沛县']);
    expect(unknownPlaceNames(text, [], 6)).toEqual([]);
  });

  it('stops a name at a province, a function word or a containing place', () => {
    const names = unknownPlaceNames(
      '湖北荆州区发展，湖北荆州区建设。在宜都市，在宜都市。荆州市沙市区，荆州市沙市区。统一大市场，统一大市场。',
      [],
    ).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['荆州区', '宜都市', '沙市区']));
    expect(names.some((n) => /湖北|在|荆州市沙|大市/.test(n))).toBe(false);
  });
});

describe('an article about a place regions.yaml lacks', () => {
  it('is refused with the names the text gives places, their counts, and the step that adds one', () => {
    // The page is about Yidu; regions.yaml holds only Zhijiang.
    const data = smallData({ regions: OTHER_REGION, maps: ['zhijiang'] });
    const err: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
    try {
      expect(main([data.dir])).toBe(1);
    } finally {
      vi.restoreAllMocks();
    }
    const message = err.join('\n');
    expect(message).toMatch(
      /2023-page-09\.txt, line \d+: expected the article "宜都经济总量稳步增长" to name one place by a clear majority/,
    );
    expect(message).toMatch(
      /found no known place named; names that look like places and regions\.yaml lacks: 宜都市 3 \(if the article is about one of them, add it to data\/annotations\/regions\.yaml, then run `npm run map`: docs\/adding-a-page\.md, step 2\)/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  blocksToArticles,
  matchHeadlines,
  mentionedPlaces,
  placeMentions,
  type RegionMatcher,
} from './blocks-to-articles.ts';
import { pageToBlocks } from './page-to-blocks.ts';
import { PAGE_FILE, pageText } from './testing/fixtures.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';

const regions = parse(
  readFileSync(join(import.meta.dirname, '..', 'data', 'annotations', 'regions.yaml'), 'utf8'),
) as RegionMatcher[];

describe('blocksToArticles on the real page', () => {
  const articles = blocksToArticles(pageToBlocks(pageText(), PAGE_FILE), regions, PAGE_FILE, 'lead');

  it('splits six articles and places each in its region', () => {
    expect(articles.map((a) => a.regionId)).toEqual([
      'jingmen',
      'tongnan',
      'shushan',
      'linjiang',
      'anning',
      'zoucheng',
    ]);
  });

  it('matches headlines by content, not by position', () => {
    expect(articles.map((a) => a.headline)).toEqual([
      '这里崛起“千亿产业”群',
      '遂潼一体加速 川渝样板渐成',
      '招商“五连冠”背后的“蜀山答卷”',
      '吉林临江多措并举加快信用体系建设',
      '云南安宁法治教育培训基地挂牌',
      '城乡公益岗 抗疫保民生',
    ]);
    expect(articles[1]!.subheadline).toBe('潼南区凸显重庆主城都市区桥头堡作用');
  });

  it('says that the first article begins on another page', () => {
    expect(articles.map((a) => a.beginningMissing)).toEqual([true, false, false, false, false, false]);
  });

  it('reads the 本报讯 dateline off the text', () => {
    expect(articles.map((a) => a.dateline)).toEqual([false, false, false, true, true, false]);
    expect(articles[3]!.blocks[0]!.text.startsWith('开展社会信用体系建设以来')).toBe(true);
  });

  it('gives each byline to the article it leads, and says so where the page prints none', () => {
    const bylines = Object.fromEntries(
      articles.map((a) => [
        a.regionId,
        { reporters: a.reporters, correspondents: a.correspondents, bylineOnPage: a.bylineOnPage },
      ]),
    );
    expect(bylines).toEqual({
      jingmen: { reporters: [], correspondents: [], bylineOnPage: false },
      tongnan: { reporters: ['杨露勇'], correspondents: ['朱杨'], bylineOnPage: true },
      shushan: { reporters: ['吴昊'], correspondents: ['汤阳', '朱琛琛'], bylineOnPage: true },
      linjiang: { reporters: ['王天武'], correspondents: ['李承儒', '张婧'], bylineOnPage: true },
      anning: { reporters: ['郑义'], correspondents: ['蔡璐仰'], bylineOnPage: true },
      zoucheng: { reporters: ['陈曦'], correspondents: ['盛超', '马磊'], bylineOnPage: true },
    });
  });

  it("reads the same page the other way when told its bylines trail (the placement is the curator's fact, not a guess)", () => {
    const trailing = blocksToArticles(pageToBlocks(pageText(), PAGE_FILE), regions, PAGE_FILE, 'trail');
    expect(trailing.map((a) => a.regionId)).toEqual(articles.map((a) => a.regionId));
    expect(trailing[0]).toMatchObject({ reporters: ['杨露勇'], bylineOnPage: true });
    expect(trailing[5]).toMatchObject({ reporters: [], bylineOnPage: false });
  });

  it('refuses a leading byline with no article after it', () => {
    const text = pageText().replace('贴，月平均待遇1100多元。', '贴，月平均待遇1100多元。\n\n记者 某某');
    expect(() => blocksToArticles(pageToBlocks(text, 'p.txt'), regions, 'p.txt', 'lead')).toThrow(
      /p\.txt, line 1057: expected article text after this byline \(bylines: lead\)/,
    );
  });

  it('keeps each subheading in its article', () => {
    expect(articles[2]!.blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual([
      '制度亲商打造贴身服务团队',
      '服务安商让企业主动代言',
      '生态聚商创新要素保障',
    ]);
  });
});

describe('bad pages', () => {
  it('stops when a byline is missing between two articles', () => {
    const text = pageText().replace('记者 郑义 通讯员 蔡璐仰', '');
    expect(() => blocksToArticles(pageToBlocks(text, 'p.txt'), regions, 'p.txt', 'lead')).toThrow(
      /p\.txt, line \d+: expected one headline per article \(5 articles begin at a byline.*6 headlines.*本报讯.*byline missing/,
    );
  });

  it('stops when a headline matches no article', () => {
    const text = pageText().replace('云南安宁法治教育培训基地挂牌', '北极熊冰川漂流观测站');
    expect(() => blocksToArticles(pageToBlocks(text, 'p.txt'), regions, 'p.txt', 'lead')).toThrow(
      /p\.txt, line 1066: expected a headline that shares words with one article.*北极熊冰川漂流观测站/,
    );
  });

  it('stops when the headlines are missing', () => {
    const text = pageText().split('招商“五连冠”')[0]!;
    expect(() => pageToBlocks(text, 'p.txt')).toThrow(
      /p\.txt, line \d+: expected headlines: gathered at the end or the start of the page, or each above its article; found none/,
    );
  });
});

describe('matchHeadlines', () => {
  it('pairs each headline with the article it shares most words with', () => {
    expect(
      matchHeadlines(['临江信用体系', '邹城公益岗位'], ['邹城市公益岗位人员', '临江市信用体系建设'], 'f', [1, 2]),
    ).toEqual([1, 0]);
  });
});

describe('placeMentions', () => {
  const places: RegionMatcher[] = [
    { id: 'jingmen', match: ['掇刀区', '荆门高新区', '荆门'] },
    { id: 'tongnan', match: ['潼南'] },
    { id: 'other', match: ['遂宁'] },
  ];
  it('counts overlapping names of one place once, a name in two places for both, in the order of the places', () => {
    const text = '荆门高新区·掇刀区；荆门。潼南潼南，荆门高新区';
    expect(placeMentions(text, places)).toEqual([
      { id: 'jingmen', n: 4 },
      { id: 'tongnan', n: 2 },
      { id: 'other', n: 0 },
    ]);
    expect(mentionedPlaces(text, places)).toEqual([
      { id: 'jingmen', n: 4 },
      { id: 'tongnan', n: 2 },
    ]);
    const twice: RegionMatcher[] = [...places, { id: 'also', match: ['潼南'] }];
    expect(mentionedPlaces(text, twice)).toEqual([
      { id: 'jingmen', n: 4 },
      { id: 'tongnan', n: 2 },
      { id: 'also', n: 2 },
    ]);
  });
});

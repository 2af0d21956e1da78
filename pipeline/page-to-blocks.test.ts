import { describe, expect, it } from 'vitest';
import { PipelineError } from './errors.ts';
import { decodePage, pageToBlocks, parseByline } from './page-to-blocks.ts';
import { PAGE_FILE, pageText } from './testing/fixtures.ts';

describe('pageToBlocks on the real page', () => {
  const blocks = pageToBlocks(pageText(), PAGE_FILE);

  it('finds the six headlines at the end, with the one subtitle', () => {
    const headlines = blocks.filter((b) => b.kind === 'headline');
    expect(headlines.map((h) => h.text)).toEqual([
      '招商“五连冠”背后的“蜀山答卷”',
      '遂潼一体加速 川渝样板渐成',
      '吉林临江多措并举加快信用体系建设',
      '城乡公益岗 抗疫保民生',
      '云南安宁法治教育培训基地挂牌',
      '这里崛起“千亿产业”群',
    ]);
    expect(headlines[1]).toMatchObject({ subtitle: '潼南区凸显重庆主城都市区桥头堡作用' });
  });

  it('detects every subheading and nothing else as one', () => {
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      '千亿级锂电集群加速崛起',
      '基础设施互联互通',
      '产业协同联动发展',
      '公共服务共建共享',
      '生态环保联防联控',
      '制度亲商打造贴身服务团队',
      '服务安商让企业主动代言',
      '生态聚商创新要素保障',
    ]);
  });

  it('joins column lines into paragraphs, mending words and numbers cut across lines', () => {
    const text = blocks
      .filter((b) => b.kind === 'paragraph')
      .map((b) => b.text)
      .join('\n');
    expect(text).toContain('2020年7月，亿纬动力跻身宝马全球第4家动力电池供应商');
    expect(text).toContain('同比增长59.2%的成绩');
    expect(text).toContain('投产后产能最高可达到8吉瓦时');
    expect(text).not.toMatch(/[\u4E00-\u9FFF] [\u4E00-\u9FFF\d]/);
  });

  it('keeps paragraphs apart where the print starts a new one', () => {
    const paragraph = blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('2021年，荆门高新区'));
    expect(paragraph).toMatchObject({ line: 19 });
    expect(paragraph?.kind === 'paragraph' && paragraph.text.endsWith('已经初具雏形。')).toBe(true);
  });

  it('reads bylines, whether on two lines or one', () => {
    const bylines = blocks.filter((b) => b.kind === 'byline');
    expect(bylines.map((b) => b.kind === 'byline' && [b.reporters, b.correspondents])).toEqual([
      [['杨露勇'], ['朱杨']],
      [['吴昊'], ['汤阳', '朱琛琛']],
      [['王天武'], ['李承儒', '张婧']],
      [['郑义'], ['蔡璐仰']],
      [['陈曦'], ['盛超', '马磊']],
    ]);
  });
});

describe('parseByline', () => {
  it('splits names after each role', () => {
    expect(parseByline('记者 郑义 通讯员 蔡璐仰')).toEqual({ reporters: ['郑义'], correspondents: ['蔡璐仰'] });
  });
});

describe('decodePage', () => {
  it('refuses an empty file', () => {
    expect(() => decodePage(new Uint8Array(), 'empty.txt')).toThrow(/empty\.txt: expected a non-empty page/);
  });
  it('refuses bytes that are not UTF-8 and names the line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('第一行\n\n'), 0xb5, 0xda, 0x0a]);
    expect(() => decodePage(bytes, 'gbk.txt')).toThrow(/gbk\.txt, line 3: expected UTF-8 text/);
  });
  it('returns the text of a UTF-8 page and drops a BOM', () => {
    expect(decodePage(new TextEncoder().encode('\uFEFF本报讯'), 'a.txt')).toBe('本报讯');
  });
  it('refuses a page of blank lines with a PipelineError', () => {
    expect(() => pageToBlocks('\n\n  \n', 'blank.txt')).toThrow(PipelineError);
  });
});

import { describe, expect, it } from 'vitest';
import { buildDataset, type PipelineInput } from './dataset.ts';
import { parse } from 'yaml';
import { ofSeed, realInputs, withSeedNote } from './testing/fixtures.ts';

const dataset = buildDataset(realInputs());
const byId = new Map(dataset.indicators.map((i) => [i.id, i]));
/** What the seed page gives: the tests of its curation read only these. */
const seed = ofSeed(dataset);
const stories = parse(realInputs().stories.content) as { headlines: string[]; stories: { id: string; kind: string }[] };
/** A story's position in stories.yaml, as the build's messages name it (stories.N). */
const storyAt = (id: string) => stories.stories.findIndex((s) => s.id === id);

/** The real inputs with one curation file's text changed ('page': the seed's annotation). */
function edited(which: 'page' | 'measures' | 'stories', edit: (yaml: string) => string): PipelineInput {
  const inputs = realInputs();
  if (which === 'page') return withSeedNote(inputs, edit);
  return { ...inputs, [which]: { ...inputs[which], content: edit(inputs[which].content) } };
}
/** Changes one line inside one indicator's entry of the page annotation. */
const inIndicator = (id: string, from: RegExp | string, to: string) => (yaml: string) =>
  yaml.replace(
    new RegExp(`(- id: ${id}\\n(?: {4}.*\\n)*?) {4}${typeof from === 'string' ? from : from.source}\\n`),
    `$1    ${to}\n`,
  );

describe('measures and subjects', () => {
  it('every indicator names a known measure and a subject; entities are named', () => {
    const measures = new Set(dataset.measures.map((m) => m.id));
    for (const i of dataset.indicators) {
      expect(measures.has(i.measureId), i.id).toBe(true);
      expect(['place', 'entity', 'context'], i.id).toContain(i.subject);
      if (i.subject === 'entity') expect(i.subjectName?.en, i.id).toBeTruthy();
      if (i.subject === 'place') expect(i.subjectName, i.id).toBeUndefined();
    }
    // The dataset carries the measures its figures use and those they are declared comparable with.
    const used = new Set(dataset.indicators.map((i) => i.measureId));
    const comparableToUsed = dataset.measures.filter((m) => used.has(m.id)).flatMap((m) => m.comparable);
    expect(measures).toEqual(new Set([...used, ...comparableToUsed]));
  });

  it('the 56 national cases, the 383 county-level cities and the 16 first-batch projects are context', () => {
    for (const id of [
      'tongnan-river-chief-national-cases',
      'linjiang-county-cities',
      'tongnan-chengyu-first-batch-projects',
    ]) {
      expect(byId.get(id)?.subject, id).toBe('context');
      expect(typeof byId.get(id)?.subjectName?.en, id).toBe('string');
    }
    expect(byId.get('tongnan-river-chief-national-cases')!.value).toBe(56);
    expect(byId.get('linjiang-county-cities')!.value).toBe(383);
    expect(byId.get('tongnan-chengyu-first-batch-projects')!.value).toBe(16);
  });

  it('reuses a measure only for one statistic, and lists comparable measures on both sides', () => {
    const values = (measureId: string) => seed.indicators.filter((i) => i.measureId === measureId).map((i) => i.id);
    expect(values('auto-industry-output')).toEqual([
      'jingmen-auto-output-2021',
      'jingmen-auto-output-2022',
      'jingmen-auto-chain-output',
    ]);
    expect(values('lithium-investment-national-share')).toEqual([
      'jingmen-lithium-investment-share-2019',
      'jingmen-lithium-investment-share-2021',
    ]);
    const measure = (id: string) => dataset.measures.find((m) => m.id === id)!;
    expect(measure('auto-industry-output').comparable).toEqual(['lithium-industry-output']);
    expect(measure('lithium-industry-output').comparable).toEqual(['auto-industry-output']);
  });

  it('an unknown measure stops the build with the file, line and id', () => {
    const inputs = edited('page', inIndicator('shushan-gdp-2021', 'measure: gdp', 'measure: gross-product'));
    expect(() => buildDataset(inputs)).toThrow(
      /2022-page-01\.yaml, line \d+, id shushan-gdp-2021, key measure: expected a measure id from .*measures\.yaml; found "gross-product"/,
    );
  });

  it('a measure whose dimension does not fit the unit stops the build', () => {
    const inputs = edited(
      'page',
      inIndicator('zoucheng-monthly-pay', 'measure: welfare-post-monthly-pay', 'measure: welfare-post-holders'),
    );
    expect(() => buildDataset(inputs)).toThrow(
      /id zoucheng-monthly-pay, key measure: expected a measure whose dimension fits the unit as printed \(元: currency\); found "welfare-post-holders" \(people\)/,
    );
  });

  it('an entity without a name stops the build', () => {
    const inputs = edited('page', inIndicator('jingmen-gem-output', /subjectName: .*/.source, '# (no name)'));
    expect(() => buildDataset(inputs)).toThrow(
      /id jingmen-gem-output, key subjectName: expected the name \(zh, en\) of the firm, park, project, town or programme/,
    );
  });

  it('a comparable measure that does not exist stops the build', () => {
    const inputs = edited('measures', (y) =>
      y.replace('comparable: [lithium-industry-output]', 'comparable: [lithium-output]'),
    );
    expect(() => buildDataset(inputs)).toThrow(
      /measures\.yaml, line \d+, id auto-industry-output, key comparable\.0: expected a measure id from measures\.yaml; found "lithium-output"/,
    );
  });

  it('carries only the measures its figures use, and those these declare comparable', () => {
    // Two measures no figure uses: one declared comparable with a used measure, one not.
    const used = dataset.indicators[0]!.measureId;
    const dimension = dataset.measures.find((m) => m.id === used)!.dimension;
    const extra = (id: string, comparable?: string) =>
      `- id: ${id}\n  name: { zh: 试${id.length}, en: Trial ${id} }\n  dimension: ${dimension}\n  kind: stock\n${comparable ? `  comparable: [${comparable}]\n` : ''}`;
    const built = buildDataset(
      edited('measures', (y) => `${y}${extra('unused-alone')}${extra('unused-beside', used)}`),
    );
    const ids = built.measures.map((m) => m.id);
    expect(ids).not.toContain('unused-alone');
    expect(ids).toContain('unused-beside');
    expect(built.measures.find((m) => m.id === used)!.comparable).toContain('unused-beside');
    // Every id a carried measure lists as comparable is carried too.
    for (const m of built.measures) for (const c of m.comparable) expect(ids, `${m.id} → ${c}`).toContain(c);
    // Without them the dataset is as before: the vocabulary's size does not show in it.
    expect(buildDataset(edited('measures', (y) => `${y}${extra('unused-alone')}`)).measures).toEqual(dataset.measures);
  });
});

describe('labels tell the figures of one place apart', () => {
  it('no two figures of one place share a label in either language, unless one measure at two periods', () => {
    const seen = new Map<string, string>();
    for (const i of dataset.indicators) {
      for (const key of [`${i.regionId} zh ${i.label.zh}`, `${i.regionId} en ${i.label.en}`]) {
        const other = seen.get(key);
        if (other) {
          const o = byId.get(other)!;
          expect(o.measureId, `${i.id} vs ${other}`).toBe(i.measureId);
          expect(o.period?.label, `${i.id} vs ${other}`).not.toBe(i.period?.label);
        }
        seen.set(key, i.id);
      }
    }
    expect(byId.get('shushan-huangudai-intended')!.label.en).not.toBe(
      byId.get('shushan-huangudai-disbursed')!.label.en,
    );
    expect(byId.get('jingmen-land-delivery-months')!.label.en).toBe('Months to deliver 2,000 mu of cleared land');
    expect(byId.get('jingmen-eve-plant10-build-months')!.label.en).toBe(
      'EVE Energy plant 10, months from planning to production',
    );
    expect(byId.get('zoucheng-batch1-monthly-income')!.label.en).toBe(
      'First-batch post holders, average monthly income',
    );
  });

  it('keeps every English label whole (none cut at a comma)', () => {
    expect(byId.get('jingmen-auto-output-growth-2021')!.label.en).toBe('Auto industry output, year-on-year growth');
    expect(dataset.indicators.filter((i) => i.label.en.includes(',')).length).toBeGreaterThanOrEqual(18);
  });

  it('refuses an English label shared by figures whose Chinese labels differ', () => {
    const inputs = edited('page', (y) =>
      y.replace('en: "Huangu loans, amount paid out"', 'en: "Huangu loans, amount applied for"'),
    );
    expect(() => buildDataset(inputs)).toThrow(
      /id shushan-huangudai-intended, key label: expected a label of its own within the place .*2 figures share en "Huangu loans, amount applied for": shushan-huangudai-intended, shushan-huangudai-disbursed; found Chinese labels that differ/,
    );
  });

  it('refuses one label for one measure at one period', () => {
    const inputs = edited('page', inIndicator('jingmen-lithium-investment-share-2019', 'period: 2019', 'period: 2021'));
    expect(() => buildDataset(inputs)).toThrow(
      /id jingmen-lithium-investment-share-2019, key label: .*2 figures share .*: jingmen-lithium-investment-share-2019, jingmen-lithium-investment-share-2021; found the same period \(2021\)/,
    );
  });
});

describe('stories and headline figures', () => {
  it('come from stories.yaml, in order', () => {
    expect(dataset.headlineIndicatorIds).toEqual(stories.headlines);
    expect(dataset.stories.map((s) => `${s.id} ${s.kind}`)).toEqual(stories.stories.map((s) => `${s.id} ${s.kind}`));
    // The seed page's stories are among them, each of its kind.
    expect(dataset.stories.map((s) => `${s.id} ${s.kind}`)).toEqual(
      expect.arrayContaining([
        'jingmen-auto-output bars',
        'jingmen-lithium-share bars',
        'tongnan-integration counts',
        'tongnan-rivers counts',
        'shushan-requests rate',
        'linjiang-credit-rank rank',
        'zoucheng-posts part-of-whole',
      ]),
    );
    expect(dataset.stories.find((s) => s.id === 'zoucheng-posts')).toMatchObject({
      wholeId: 'zoucheng-posts-total',
      partIds: ['zoucheng-batch1-posts', 'zoucheng-batch2-posts'],
    });
  });

  it('never use a context figure as a headline or a bar', () => {
    for (const id of dataset.headlineIndicatorIds) expect(byId.get(id)!.subject, id).not.toBe('context');
    const inputs = edited('stories', (y) =>
      y.replace('  - tongnan-forest-gain\n', '  - tongnan-forest-gain\n  - linjiang-county-cities\n'),
    );
    expect(() => buildDataset(inputs)).toThrow(
      new RegExp(
        String.raw`stories\.yaml, line \d+, id linjiang-county-cities, key headlines\.${stories.headlines.indexOf('tongnan-forest-gain') + 1}: expected a figure of the place or an entity in it, not context`,
      ),
    );
    const bars = edited('stories', (y) =>
      y.replace(
        'indicatorIds: [tongnan-joint-river-patrols,',
        'indicatorIds: [tongnan-river-chief-national-cases, tongnan-joint-river-patrols,',
      ),
    );
    expect(() => buildDataset(bars)).toThrow(
      new RegExp(
        String.raw`stories\.yaml, line \d+, id tongnan-river-chief-national-cases, key stories\.${storyAt('tongnan-rivers')}\.indicatorIds\.0: expected a figure of the place or an entity in it, not context`,
      ),
    );
  });

  it('refuse an unknown id, a figure of another place, and bars of different dimensions', () => {
    const unknown = edited('stories', (y) =>
      y.replace('numeratorId: shushan-demands-resolved', 'numeratorId: shushan-requests-resolved'),
    );
    expect(() => buildDataset(unknown)).toThrow(
      new RegExp(
        String.raw`stories\.yaml, line \d+, id shushan-requests-resolved, key stories\.${storyAt('shushan-requests')}\.numeratorId: expected an indicator id from the dataset`,
      ),
    );
    const elsewhere = edited('stories', (y) =>
      y.replace('partIds: [zoucheng-batch1-posts,', 'partIds: [tongnan-tourism-routes,'),
    );
    expect(() => buildDataset(elsewhere)).toThrow(
      /expected an indicator of the story's region \(zoucheng\); found "tongnan-tourism-routes" of tongnan/,
    );
    const mixed = edited('stories', (y) =>
      y.replace(
        'indicatorIds: [jingmen-auto-output-2021, jingmen-auto-output-2022]',
        'indicatorIds: [jingmen-auto-output-2021, jingmen-auto-output-growth-2021]',
      ),
    );
    expect(() => buildDataset(mixed)).toThrow(
      /id jingmen-auto-output: expected bars of one measure dimension \(they share an axis\); found money, share/,
    );
  });

  it('refuse an unknown key in a story', () => {
    const inputs = edited('stories', (y) =>
      y.replace('    category: period\n', '    category: period\n    horizontal: true\n'),
    );
    expect(() => buildDataset(inputs)).toThrow(
      new RegExp(
        String.raw`stories\.yaml, line \d+, id jingmen-auto-output, key stories\.${storyAt('jingmen-auto-output')}\.horizontal: .*unknown key "horizontal"`,
      ),
    );
  });
});

describe('articles', () => {
  it('each carries an English gloss of its headline, and of its subheadline', () => {
    for (const a of dataset.articles) expect(a.headlineEn, a.id).toMatch(/^[\x20-\x7E–]+$/);
    expect(dataset.articles.filter((a) => a.subheadline).every((a) => a.subheadlineEn)).toBe(true);
    expect(seed.articles.filter((a) => a.subheadlineEn).map((a) => a.regionId)).toEqual(['tongnan']);
  });

  it('a missing gloss stops the build', () => {
    const inputs = edited('page', (y) => y.replace(/ {2}- region: anning\n {4}headline: .*\n/, ''));
    expect(() => buildDataset(inputs)).toThrow(
      /2022-page-01\.yaml, line \d+, id anning-2022-page-01, key articles: expected an English gloss of the headline "云南安宁法治教育培训基地挂牌"/,
    );
    const sub = edited('page', (y) => y.replace(/ {4}subheadline: \{ en: .*\n/, ''));
    expect(() => buildDataset(sub)).toThrow(/id tongnan-2022-page-01: expected an English gloss of the subheadline/);
  });

  it('bylines lead their article on the seed page: each as the issue lists, Jingmen none', () => {
    const bylines = Object.fromEntries(
      seed.articles.map((a) => [a.regionId, [...a.reporters, '/', ...a.correspondents].join(' ')]),
    );
    expect(bylines).toEqual({
      jingmen: '/',
      tongnan: '杨露勇 / 朱杨',
      shushan: '吴昊 / 汤阳 朱琛琛',
      linjiang: '王天武 / 李承儒 张婧',
      anning: '郑义 / 蔡璐仰',
      zoucheng: '陈曦 / 盛超 马磊',
    });
    expect(seed.articles.filter((a) => !a.bylineOnPage).map((a) => a.regionId)).toEqual(['jingmen']);
    expect(seed.source).toMatchObject({
      bylines: 'lead',
      printed: { publication: false, date: false, pageNumber: false },
    });
  });

  it('the byline placement is required of the page annotation', () => {
    const inputs = edited('page', (y) => y.replace('bylines: lead\n', ''));
    expect(() => buildDataset(inputs)).toThrow(
      /2022-page-01\.yaml, line \d+, key bylines: expected one of lead, trail; found none \(the key is missing\)/,
    );
  });
});

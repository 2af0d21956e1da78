// A small data folder of its own, written to a temporary folder, for the tests
// of what a curator sees when a build fails: one page about one place, its
// annotation, and every shared curation file, all written here (the sentences
// are ours, in the style of a county report). Nothing in it depends on the
// committed page. Tests change one file of it and run the pipeline on it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The page: a byline, one article of four figures, its headline gathered at the end. */
export const SMALL_PAGE = [
  '记者 李华',
  '本报讯 宜都市位于湖北省西南',
  '部，地处长江与清江交汇处。',
  '2022年，宜都市实现地区生产总值',
  '812.6亿元，同比增长5.3%；规模以',
  '上工业企业达到236家，新增市场',
  '主体4100户。',
  '宜都市有关负责人表示，将继续',
  '推进化工园区转型升级。',
  '宜都经济总量稳步增长',
]
  .join('\n\n')
  .concat('\n');

export const SMALL_REGION = `- id: yidu
  name: { zh: 宜都市, en: Yidu }
  province: { zh: 湖北省, en: Hubei }
  coord: [111.45, 30.378]
  areaCode: "420581"
  color: "#56B4E9"
  match: [宜都]
  map: { file: hu2_bei3_yi2_chang1.geojson, feature: 宜都市 }
`;

/** A place the page does not report on: with it alone in regions.yaml, the article names no known place. */
export const OTHER_REGION = `- id: zhijiang
  name: { zh: 枝江市, en: Zhijiang }
  province: { zh: 湖北省, en: Hubei }
  coord: [111.76, 30.425]
  areaCode: "420583"
  color: "#D55E00"
  match: [枝江]
  map: { file: hu2_bei3_yi2_chang1.geojson, feature: 枝江市 }
`;

const SECTORS = `- id: industry
  name: { zh: 产业与投资, en: Industry & investment }
  keywords: [产业, 工业]
`;

const MEASURES = `- id: gdp
  name: { zh: 地区生产总值, en: Gross regional product }
  dimension: money
  kind: flow
- id: gdp-growth
  name: { zh: 地区生产总值增速, en: GDP growth }
  dimension: share
  kind: rate
- id: industrial-firms
  name: { zh: 规模以上工业企业, en: Industrial firms above designated size }
  dimension: firms
  kind: stock
- id: new-market-entities
  name: { zh: 新增市场主体, en: New market entities }
  dimension: firms
  kind: flow
`;

const STORIES = `headlines:
  - yidu-gdp-2022
stories: []
`;

/** One indicator entry, as a curator writes it. */
export interface SmallIndicator {
  id: string;
  value: number;
  unit: string;
  zh: string;
  en: string;
  measure: string;
}

export const SMALL_INDICATORS: SmallIndicator[] = [
  { id: 'yidu-gdp-2022', value: 812.6, unit: '亿元', zh: '地区生产总值', en: 'GDP', measure: 'gdp' },
  {
    id: 'yidu-gdp-growth-2022',
    value: 5.3,
    unit: '%',
    zh: '地区生产总值同比增长',
    en: 'GDP, year-on-year growth',
    measure: 'gdp-growth',
  },
  {
    id: 'yidu-industrial-firms-2022',
    value: 236,
    unit: '家',
    zh: '规模以上工业企业',
    en: 'Industrial firms above designated size',
    measure: 'industrial-firms',
  },
  {
    id: 'yidu-new-market-entities-2022',
    value: 4100,
    unit: '户',
    zh: '新增市场主体',
    en: 'New market entities',
    measure: 'new-market-entities',
  },
];

const q = (text: string) => JSON.stringify(text);

/** The page's annotation, from its entries and its headline gloss. */
export function smallAnnotation(
  indicators: SmallIndicator[] = SMALL_INDICATORS,
  headlineEn = "Yidu's economy grows steadily",
): string {
  return [
    'source: 2023-page-09.txt',
    'bylines: lead',
    'printed: { publication: false, date: false, pageNumber: false }',
    'articles:',
    '  - region: yidu',
    `    headline: { en: ${q(headlineEn)} }`,
    'indicators:',
    ...indicators.flatMap((i) => [
      `  - id: ${i.id}`,
      '    region: yidu',
      `    value: ${i.value}`,
      `    unit: ${q(i.unit)}`,
      `    label: { zh: ${q(i.zh)}, en: ${q(i.en)} }`,
      `    measure: ${q(i.measure)}`,
      '    subject: place',
      '    sectors: [industry]',
      '    period: 2022',
      '    status: actual',
    ]),
  ]
    .join('\n')
    .concat('\n');
}

export interface SmallData {
  dir: string;
  page: string;
  annotation: string;
  regions: string;
  mapFile: (regionId: string) => string;
}

/** Writes the folder: raw/, annotations/ and map/places/ with a city map for each place given. */
export function smallData(
  options: { page?: string; annotation?: string; regions?: string; maps?: string[] } = {},
): SmallData {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-small-'));
  for (const sub of ['raw', 'annotations', join('map', 'places')]) mkdirSync(join(dir, sub), { recursive: true });
  const page = join(dir, 'raw', '2023-page-09.txt');
  const annotation = join(dir, 'annotations', '2023-page-09.yaml');
  const regions = join(dir, 'annotations', 'regions.yaml');
  writeFileSync(page, options.page ?? SMALL_PAGE);
  writeFileSync(annotation, options.annotation ?? smallAnnotation());
  writeFileSync(regions, options.regions ?? SMALL_REGION);
  writeFileSync(join(dir, 'annotations', 'sectors.yaml'), SECTORS);
  writeFileSync(join(dir, 'annotations', 'measures.yaml'), MEASURES);
  writeFileSync(join(dir, 'annotations', 'stories.yaml'), STORIES);
  const mapFile = (regionId: string) => join(dir, 'map', 'places', `${regionId}.json`);
  // The check is that the file is there; what npm run map writes in it is map/map.test.ts's business.
  for (const id of options.maps ?? ['yidu']) writeFileSync(mapFile(id), '{"type":"FeatureCollection","features":[]}\n');
  return { dir, page, annotation, regions, mapFile };
}

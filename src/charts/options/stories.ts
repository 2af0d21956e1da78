// The charts that tell these articles' stories. Each names its indicators by id;
// a story is shown while any of them passes the filters.
import type { RegionId } from '../../domain/schema.ts';

export interface Story {
  id: string;
  regionId: RegionId;
  title: { zh: string; en: string };
  kind: 'bars' | 'rank';
  /** For bars: how each bar is named. */
  category?: 'period' | 'label';
  indicatorIds: string[];
  horizontal?: boolean;
}

export const STORIES: Story[] = [
  {
    id: 'jingmen-auto-output',
    regionId: 'jingmen',
    title: { zh: '荆门汽车产业产值：2021 年与 2022 年预计', en: 'Jingmen auto output: 2021 and the 2022 forecast' },
    kind: 'bars',
    category: 'period',
    indicatorIds: ['jingmen-auto-output-2021', 'jingmen-auto-output-2022'],
  },
  {
    id: 'jingmen-lithium-share',
    regionId: 'jingmen',
    title: { zh: '荆门锂电投资占全国比重：2019 → 2021', en: 'Jingmen share of national lithium-battery investment, 2019 → 2021' },
    kind: 'bars',
    category: 'period',
    indicatorIds: ['jingmen-lithium-investment-share-2019', 'jingmen-lithium-investment-share-2021'],
  },
  {
    id: 'tongnan-rivers',
    regionId: 'tongnan',
    title: { zh: '潼南跨界河流联防联治', en: 'Tongnan cross-border river co-governance' },
    kind: 'bars',
    category: 'label',
    indicatorIds: ['tongnan-joint-river-patrols', 'tongnan-water-info-exchanges', 'tongnan-joint-emergency-responses'],
    horizontal: true,
  },
  {
    id: 'shushan-requests',
    regionId: 'shushan',
    title: { zh: '蜀山企业诉求：转办 → 办结', en: 'Shushan enterprise requests: passed on → resolved' },
    kind: 'bars',
    category: 'label',
    indicatorIds: ['shushan-demands-transferred', 'shushan-demands-resolved'],
    horizontal: true,
  },
  {
    id: 'linjiang-credit-rank',
    regionId: 'linjiang',
    title: { zh: '临江城市信用：全国县级市中的位置', en: 'Linjiang city credit: place among county-level cities' },
    kind: 'rank',
    indicatorIds: ['linjiang-credit-rank', 'linjiang-county-cities'],
  },
  {
    id: 'zoucheng-posts',
    regionId: 'zoucheng',
    title: { zh: '邹城乡村公益性岗位：分批发放补贴', en: 'Zoucheng public-welfare posts: paid in batches' },
    kind: 'bars',
    category: 'label',
    indicatorIds: ['zoucheng-batch1-posts', 'zoucheng-batch2-posts', 'zoucheng-posts-total'],
  },
];

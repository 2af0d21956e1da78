// What a pasted link shows in a chat: each region, article and indicator
// address's own title and description (the place and its key figure), written
// into its prerendered page's <head> by scripts/prerender.ts. In Chinese, the
// site's default language; the page itself still follows `?lang=`.
import type { DatasetIndex } from '../data/dataset-index.ts';
import { filterIndicators, headlineFigures } from '../data/selectors.ts';
import { formatValue } from '../format/number.ts';
import { t } from '../i18n/messages.ts';

export interface PageHead {
  /** The address, e.g. /region/jingmen. */
  path: string;
  title: string;
  description: string;
  type: 'website' | 'article';
}

const MAX_DESCRIPTION = 160;
const clip = (text: string) => {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= MAX_DESCRIPTION ? chars.join('') : `${chars.slice(0, MAX_DESCRIPTION - 1).join('')}…`;
};

export function pageHeads(index: DatasetIndex, quotes?: readonly string[]): PageHead[] {
  const app = t('zh', 'appName');
  const heads: PageHead[] = [];
  const figure = (i: { label: { zh: string } } & Parameters<typeof formatValue>[0]) =>
    `${i.label.zh} ${formatValue(i, 'zh')}`;
  for (const region of index.dataset.regions) {
    const rows = filterIndicators(index, { regions: [region.id], sectors: [], q: '' });
    const key = headlineFigures(index, rows, 2);
    heads.push({
      path: `/region/${region.id}`,
      title: `${region.name.zh}（${region.province.zh}）· ${app}`,
      description: clip(
        `${region.name.zh}，${region.province.zh}。${key.map(figure).join('；')}${key.length ? '。' : ''}共 ${rows.length} 项指标，每个数字都能追溯到原文句子。`,
      ),
      type: 'website',
    });
  }
  for (const article of index.dataset.articles) {
    const region = index.regionById.get(article.regionId);
    const rows = index.dataset.indicators.filter((i) => i.articleId === article.id);
    const key = headlineFigures(index, rows, 1);
    heads.push({
      path: `/article/${article.id}`,
      title: `${article.headline} · ${app}`,
      description: clip(
        `${region ? `${region.name.zh}：` : ''}${key.map(figure).join('')}${key.length ? '。' : ''}${rows.length} 个数字，每个都标出原文句子。`,
      ),
      type: 'article',
    });
  }
  index.dataset.indicators.forEach((i, n) => {
    const region = index.regionById.get(i.regionId);
    const quote = quotes?.[n];
    heads.push({
      path: `/indicator/${i.id}`,
      title: `${region ? `${region.name.zh} · ` : ''}${i.label.zh}：${formatValue(i, 'zh')} · ${app}`,
      description: clip(quote ? `原文：${quote}` : `${figure(i)}，见原文句子。`),
      type: 'article',
    });
  });
  return heads;
}

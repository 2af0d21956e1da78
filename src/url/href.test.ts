import { describe, expect, it } from 'vitest';
import { hrefWith, sentenceHrefs } from './href.ts';
import { DEFAULT_VIEW } from './view-state.ts';

describe('sentenceHrefs', () => {
  it('builds exactly the links hrefWith builds, in either language and with other state dropped', () => {
    const indicator = { articleId: 'zoucheng-2022-page-01', id: 'zoucheng-posts-total' };
    for (const view of [DEFAULT_VIEW, { ...DEFAULT_VIEW, lang: 'en' as const, regions: ['zoucheng'], q: '公益' }]) {
      expect(sentenceHrefs(view)(indicator)).toBe(
        hrefWith(`/article/${indicator.articleId}`, view, ['lang'], { indicator: indicator.id }),
      );
    }
  });
});

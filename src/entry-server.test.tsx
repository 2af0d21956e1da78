import { describe, expect, it } from 'vitest';
import { toAppData } from './domain/app-data.ts';
import { renderOverview } from './entry-server.tsx';
import { dataset } from './testing/dataset.ts';
import { TABLE_PAGE } from './features/indicator-table/indicator-table.tsx';

describe('renderOverview (the build-time prerender of /)', () => {
  it('is the overview itself: figures, filters, articles and the table’s first page, nothing left to reveal by script', async () => {
    const { index } = toAppData(dataset);
    const html = await renderOverview({ ...index, chunkFiles: {}, quotesFile: '/data/quotes.json' });
    expect(html).toContain('<h1 class="page-title">总览</h1>');
    expect(html).toContain('317.7');
    for (const region of dataset.regions) expect(html).toContain(`data-region="${region.id}"`);
    for (const article of dataset.articles) expect(html).toContain(article.headline);
    expect(html.match(/<tr data-indicator=/g)).toHaveLength(TABLE_PAGE);
    // A suspended part would be sent hidden and revealed by a script after first paint.
    expect(html).not.toContain('<!--$?-->');
    expect(html).not.toContain('<script');
  });
});

// English mode speaks English: outside what is Chinese by nature (article text,
// original headlines beside their gloss, place names given in both, each marked
// lang="zh-CN"), no Chinese character reaches the page.
import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { drawAllCharts } from './support/charts.ts';
import { QUIET, reportedPlaces } from './support/dataset.ts';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Text of every node whose nearest language is English, with where it is. */
async function englishText(page: Page): Promise<{ text: string; where: string }[]> {
  return page.evaluate(() => {
    const out: { text: string; where: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || parent.closest('script, style, template, noscript')) continue;
      if (parent.closest('[lang]')?.getAttribute('lang') !== 'en') continue;
      out.push({ text: node.textContent.trim(), where: parent.outerHTML.slice(0, 120) });
    }
    // Attributes a screen reader reads out.
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (el.closest('[lang]')?.getAttribute('lang') !== 'en') continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value) out.push({ text: value, where: `${name} of ${el.outerHTML.slice(0, 80)}` });
      }
    }
    return out;
  });
}

// A place with figures, and one whose article gives none when the data has one (its own notice).
const other = QUIET ?? reportedPlaces.at(-1)!;
for (const path of [
  '/?lang=en',
  '/region/jingmen?lang=en',
  `/region/${other.id}?lang=en`,
  '/article/shushan-2022-page-01?lang=en&indicator=shushan-demands-resolved',
]) {
  test(`English mode has no Chinese outside Chinese-marked text: ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await drawAllCharts(page);
    const leaks = (await englishText(page)).filter((t) => CJK.test(t.text));
    expect(leaks).toEqual([]);
  });
}

test('English headlines keep the original beside their gloss, and places are named in both languages', async ({
  page,
}) => {
  await page.goto('/region/zoucheng?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Zoucheng');
  await expect(page.getByRole('heading', { level: 1 }).locator('[lang="zh-CN"]')).toHaveText('邹城市');
  const article = page.locator('.article-list li').first();
  await expect(article.locator('[lang="zh-CN"]')).toHaveText('城乡公益岗 抗疫保民生');
  await expect(article.locator('.gloss')).not.toBeEmpty();
});

// Layouts that survive any text (issue 20, point 6), on a build of the committed
// data whose labels, names, headline and titles are absurdly long
// (scripts/hostile-text-dataset.ts, built and served by
// e2e/support/odd-text-server.ts): no page scrolls sideways at 1440 or 375 px,
// in either language; a long text wraps, or is cut with the whole of it in a
// title; a 2,000-character label leaves its tile a tile.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import type { HostileTexts } from '../scripts/hostile-text-dataset.ts';

const BASE = process.env.ODD_TEXT_BASE;
const DATA = process.env.ODD_TEXT_DATA;
test.skip(!BASE || !DATA, 'the odd-text build is left out of this run (E2E_ODD_TEXT=0)');

const texts = () => JSON.parse(readFileSync(join(DATA!, 'hostile-texts.json'), 'utf8')) as HostileTexts;
const dataset = () =>
  JSON.parse(readFileSync(join(DATA!, 'dataset.json'), 'utf8')) as { articles: { id: string; regionId: string }[] };

/** The tallest a tile may be: a value, four lines of label, two of place and period, and its status. */
const TILE_MAX_PX = 320;

/** Every view a long text reaches, for the place whose texts were lengthened. */
function views(): { name: string; path: string }[] {
  const t = texts();
  const article = dataset().articles.find((a) => a.regionId === t.region.id)!.id;
  return [
    { name: 'overview', path: '/' },
    { name: 'region', path: `/region/${t.region.id}` },
    { name: 'article', path: `/article/${article}` },
    { name: 'article with the long figure open', path: `/article/${article}?indicator=${t.unbreakableLabel.id}` },
    { name: 'region embed', path: `/embed/region/${t.region.id}` },
    ...(t.story ? [{ name: 'story embed', path: `/embed/story/${t.story.id}` }] : []),
  ];
}

async function open(page: Page, path: string, lang: 'zh' | 'en') {
  const url = new URL(path, BASE);
  if (lang === 'en') url.searchParams.set('lang', 'en');
  await page.goto(url.href);
  await expect(page.locator('main :is(h1, h2, h3)').filter({ visible: true }).first()).toBeVisible();
  // Everything that depends on the data has come in: no "loading" left outside the charts' own boxes.
  await expect(page.locator('main > .loading, main .page > .loading')).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready);
}

/**
 * Elements whose text is cut (clamped or ellipsised: more content than box),
 * each with what a reader can get of its whole: its own title, or an ancestor's.
 */
function cutTexts(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *, header *')]
      .filter((e) => {
        const style = getComputedStyle(e);
        if (style.overflow === 'visible' && style.overflowX === 'visible') return false;
        if (e.matches('canvas, svg, svg *, textarea, select, option, .table-scroll, .details, .filter-sheet'))
          return false;
        return e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1;
      })
      .map((e) => ({
        text: (e.textContent ?? '').trim(),
        title: e.closest('[title]')?.getAttribute('title') ?? null,
        tag: `${e.tagName.toLowerCase()}.${e.className}`,
      })),
  );
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 375, height: 812 },
]) {
  test.describe(`odd text at ${viewport.width} px`, () => {
    test.use({ viewport });

    for (const lang of ['zh', 'en'] as const) {
      test(`(${lang}) no view scrolls sideways, and a cut text is whole in its title`, async ({ page }) => {
        for (const view of views()) {
          await open(page, view.path, lang);
          const [scrollWidth, innerWidth] = await page.evaluate(() => [
            document.documentElement.scrollWidth,
            window.innerWidth,
          ]);
          expect(
            scrollWidth,
            `${view.name} (${view.path}) is ${scrollWidth} px wide in a ${innerWidth} px window`,
          ).toBeLessThanOrEqual(innerWidth);
          for (const cut of await cutTexts(page)) {
            expect(cut.title, `${view.name}: the cut text of ${cut.tag} has a title`).not.toBeNull();
            expect(cut.title!.replace(/\s+/g, ' ').trim(), `${view.name}: ${cut.tag}'s title is its whole text`).toBe(
              cut.text.replace(/\s+/g, ' ').trim(),
            );
          }
        }
      });

      test(`(${lang}) the long texts are there in full, and a 2,000-character label leaves its tile a tile`, async ({
        page,
      }) => {
        const t = texts();
        await open(page, '/', lang);
        // Both long labels are headline figures: their tiles stay within a tile's height, the label whole in its title.
        for (const label of [t.unbreakableLabel, t.longLabel]) {
          const tile = page.locator('.tile').filter({ has: page.locator(`.tile-label[title="${label[lang]}"]`) });
          await expect(tile).toHaveCount(1);
          const box = (await tile.boundingBox())!;
          expect(box.height, `the tile of ${label.id}`).toBeLessThanOrEqual(TILE_MAX_PX);
          expect(box.width).toBeLessThanOrEqual(viewport.width);
        }
        await open(page, `/region/${t.region.id}`, lang);
        // The page's own heading says the place's whole name (in English, its English name), wrapped, never cut.
        if (lang === 'en') {
          const heading = page.getByRole('heading', { level: 1 });
          await expect(heading).toContainText(t.region.en);
          const cut = await heading.evaluate((h) => h.scrollWidth > h.clientWidth + 1);
          expect(cut).toBe(false);
        }
        // The sector's name is a bar's label and a chip: cut to its place, whole in its title.
        await expect(page.locator(`.sector-name[title="${t.sector[lang]}"]`)).toHaveCount(1);
        await expect(page.locator(`.chip-name[title="${t.sector[lang]}"]`)).toHaveCount(1);
        // The unbreakable label's row in the table: a few lines at most, whole in its title.
        const row = page.locator(`tr[data-indicator="${t.unbreakableLabel.id}"]`);
        const more = page.locator('.indicator-table ~ .button.more, .table-scroll ~ .button.more');
        while ((await row.count()) === 0 && (await more.count()) > 0) await more.click();
        await expect(row.locator(`.clamp[title="${t.unbreakableLabel[lang]}"]`)).toHaveCount(1);
        expect((await row.boundingBox())!.height).toBeLessThanOrEqual(200);
      });
    }
  });
}

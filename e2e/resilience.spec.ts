// Hardened inputs and layout: a crafted parameter is echoed short and inert;
// text typed into the prerendered search box before React takes it over is
// kept; charts follow their box through rapid resizes.
import { expect, test } from './support/test.ts';
import { holdRoute } from './support/faults.ts';
import { watchErrors } from './support/page.ts';

test('a bad parameter’s note shows a short, sanitised excerpt of the value', async ({ page }) => {
  const long = `\u202e${'A'.repeat(10_000)}`;
  await page.goto(`/?sort=${encodeURIComponent(long)}&lang=${encodeURIComponent('f\u2066r\u0007')}`);
  const note = page.getByRole('note');
  await expect(note).toBeVisible();
  const text = (await note.textContent()) ?? '';
  expect(text.length).toBeLessThan(160);
  expect(text).toContain('…');
  expect(text).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
  // Each invisible character is written out as its code point (src/url/excerpt.ts).
  expect(text).toContain('lang=f⟨U+2066⟩r⟨U+0007⟩');
});

test('text typed into the search box before the page is taken over is kept', async ({ page }) => {
  const errors = watchErrors(page);
  // The index held until the text is typed: the prerendered box is there, React is not yet.
  const index = await holdRoute(page, /\/data\/index-[^/]*\.json$/);
  await page.goto('/');
  await page.locator('input[type="search"]').pressSequentially('汽车', { delay: 20 });
  await expect(page.locator('input[type="search"]')).toHaveValue('汽车');
  index.release();
  await expect(page).toHaveURL(/\?q=%E6%B1%BD%E8%BD%A6$/);
  await expect(page.locator('input[type="search"]')).toHaveValue('汽车');
  await expect(page.locator('table.indicator-table tbody tr').first()).toContainText('汽车');
  expect(errors).toEqual([]);
});

test('charts follow their box through rapid resizes while they first draw', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  for (const width of [1100, 700, 1300, 520, 900, 441, 1000, 620]) {
    await page.setViewportSize({ width, height: 900 });
    // One frame at each width: the charts meet every size while they first draw.
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }
  await page.setViewportSize({ width: 620, height: 900 });
  // Every chart on the page, drawn: scroll through so each one draws.
  const boxes = page.locator('[data-chart]');
  for (const box of await boxes.all()) await box.scrollIntoViewIfNeeded();
  await expect
    .poll(async () =>
      page.locator('[data-chart] canvas').evaluateAll((canvases) =>
        canvases
          .map((c) => ({
            canvas: Math.round(c.getBoundingClientRect().width),
            box: Math.round(c.closest('[data-chart]')!.getBoundingClientRect().width),
          }))
          .filter(({ canvas, box }) => canvas !== box),
      ),
    )
    .toEqual([]);
  const [scrollWidth, innerWidth] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
});

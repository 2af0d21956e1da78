// Saved preferences are read strictly (src/store/saved-theme.ts and the same rule
// in index.html's inline script): whatever local storage holds, the page opens
// light or dark, never anything else, and the theme button works.
import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { watchErrors } from './support/page.ts';

const KEY = 'regional-pulse-ui';

async function themeButtonWorks(page: Page, from: 'light' | 'dark') {
  const app = page.locator('.app');
  await expect(app).toHaveAttribute('data-theme', from);
  const to = from === 'light' ? 'dark' : 'light';
  await page
    .getByRole('button', { name: '深色' })
    .or(page.getByRole('button', { name: '主题' }))
    .or(page.locator('.header-actions button[aria-pressed]'))
    .first()
    .click();
  await expect(app).toHaveAttribute('data-theme', to);
}

const saved: [string, string, 'light' | 'dark'][] = [
  ['garbage', 'not json {', 'light'],
  ['a function name', '{"state":{"setTheme":"nope"}}', 'light'],
  ['an unknown theme', '{"state":{"theme":"<img src=x onerror=alert(1)>"}}', 'light'],
  ['a theme of the wrong type', '{"state":{"theme":["dark"]}}', 'light'],
  ['null', 'null', 'light'],
  ['a saved dark theme', '{"state":{"theme":"dark"}}', 'dark'],
];

for (const [what, value, expected] of saved) {
  for (const path of ['/', '/region/tongnan']) {
    test(`local storage holding ${what}: ${path} opens ${expected}, and the theme button works`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.addInitScript(([key, v]) => localStorage.setItem(key!, v!), [KEY, value]);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await themeButtonWorks(page, expected);
      // The choice is saved in the one format both readers know.
      const stored = await page.evaluate((key) => localStorage.getItem(key), KEY);
      expect(JSON.parse(stored!)).toEqual({ state: { theme: expected === 'light' ? 'dark' : 'light' } });
      expect(errors).toEqual([]);
    });
  }
}

test('storage that throws: the page opens light and the theme button still switches', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    const fail = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.getItem = fail;
    Storage.prototype.setItem = fail;
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('总览');
  await themeButtonWorks(page, 'light');
  await expect(page.locator('.app')).toHaveAttribute('data-theme', 'dark');
  expect(errors).toEqual([]);
});

test('the theme attribute is only ever light or dark', async ({ page }) => {
  await page.addInitScript((key) => localStorage.setItem(key, '{"state":{"theme":"dark\\" onload=\\"x"}}'), KEY);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('总览');
  const themes = await page.locator('[data-theme]').evaluateAll((els) => els.map((e) => e.getAttribute('data-theme')));
  expect(themes.every((t) => t === 'light' || t === 'dark')).toBe(true);
});

import { expect, type Page } from '@playwright/test';

/** Fails the test on any uncaught error in the page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

export async function tableRegions(page: Page): Promise<string[]> {
  await page.locator('table.indicator-table tbody tr').first().waitFor();
  return page
    .locator('table.indicator-table tbody tr')
    .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.region ?? ''));
}

export async function tableIds(page: Page): Promise<string[]> {
  await page.locator('table.indicator-table tbody tr').first().waitFor();
  return page
    .locator('table.indicator-table tbody tr')
    .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.indicator ?? ''));
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

export async function expectNoHorizontalScroll(page: Page) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

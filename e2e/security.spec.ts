// The content security policy (scripts only from the site and the hashed inline
// script, no eval, no plugins, no foreign <base>): the app runs under it with no
// violation, on every kind of page and through its interactions; and the server
// sends the security headers and answers a missing file with 404.
import { expect, test } from './support/test.ts';
import { clickMark, waitForChart } from './support/charts.ts';
import { collectCspViolations } from './support/csp.ts';
import { watchErrors } from './support/page.ts';

test('the app runs under its content security policy with no violation', async ({ page }) => {
  const errors = watchErrors(page);
  const violations = await collectCspViolations(page);
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'self'");
  // Charts, the map, tooltips, a drill-down, a search (the quotes), the language, a cold article link.
  await waitForChart(page, 'china-map');
  await page.getByRole('searchbox').fill('汽车');
  await page.getByRole('searchbox').fill('');
  await clickMark(page, 'story-jingmen-auto-output', 0, 1);
  await expect(page.locator('mark.quote').first()).toBeVisible();
  await page.goto('/region/linjiang?lang=en');
  await waitForChart(page, 'place-map');
  await page.goto('/article/zoucheng-2022-page-01?indicator=zoucheng-posts-total');
  await expect(page.locator('mark.quote').first()).toBeVisible();
  // A hostile link stays text.
  await page.goto('/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&region=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.getByRole('note')).toBeVisible();
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('an injected inline script is blocked by the policy (the check can fail)', async ({ page, consoleWatch }) => {
  // The browser reports the blocked script on the console: that is the point of this test.
  consoleWatch.expectConsoleErrors(/Content Security Policy/);
  const violations = await collectCspViolations(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('总览');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = 1';
    document.body.append(script);
  });
  await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
});

test('the server sends the security headers, and a missing file is a 404, not the app', async ({ request }) => {
  for (const path of ['/', '/article/zoucheng-2022-page-01']) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  }
  for (const path of ['/assets/index-00000000.js', '/data/article-gone-0000000000.json', '/assets/china-gone.json']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).not.toContain('<div id="root"');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
  }
});

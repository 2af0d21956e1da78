// A page left open across a deploy (issue 20, point 2): the new deploy has
// replaced the hashed files the open page knows (a data deploy: every article's
// text and the index under new names), so the article the reader then opens is
// gone from the host. The page must not strand them on a failure whose Retry asks
// for the same missing file: it reads /deploy.json, sees another build, and
// reloads into it where it was (the view is in the URL).
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { dataset } from './support/dataset.ts';
import { staticHost, type StaticHost } from './support/static-host.ts';
import { expect, test } from './support/test.ts';

const OUT = resolve(process.env.E2E_OUT ?? 'dist-e2e');
const article = dataset.articles.find((a) => dataset.indicators.some((i) => i.articleId === a.id))!;
const figure = dataset.indicators.find((i) => i.articleId === article.id)!;

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, base) : [path.slice(base.length)];
  });
}

/**
 * The next deploy, made from the built one as a data deploy makes it: the index
 * and every article text under new hashed names; then, as a bundler would, every
 * hashed file whose content now names a new name gets a new name itself (the
 * code that holds the index's name, the chunks that import that code…), the
 * pages and deploy.json name the new files, and the worker's precache has the
 * pages' new revisions.
 */
function nextDeploy(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-next-deploy-'));
  cpSync(from, dir, { recursive: true });
  const renamed = new Map<string, string>();
  const rename = (path: string) => {
    const next = path.replace(/(\.[a-z]+)$/, 'n$1');
    renameSync(join(dir, path), join(dir, next));
    renamed.set(path, next);
  };
  for (const name of readdirSync(join(dir, 'data')))
    if (/^(index|article)-.*\.json$/.test(name)) rename(`/data/${name}`);
  for (let changed = true; changed;) {
    changed = false;
    for (const path of filesUnder(dir).filter((p) => /\.(html|js|json)$/.test(p))) {
      const file = join(dir, path);
      const text = readFileSync(file, 'utf8');
      let next = text;
      // Pages and the index name files from the root (/assets/…), Vite's preload lists without
      // the slash (assets/…), chunks each other relatively (./name.js).
      for (const [old, name] of renamed)
        next = next
          .split(old.slice(1))
          .join(name.slice(1))
          .split(`./${old.split('/').pop()}`)
          .join(`./${name.split('/').pop()}`);
      if (next === text) continue;
      writeFileSync(file, next);
      if (/^\/assets\//.test(path) && !renamed.has(path) && ![...renamed.values()].includes(path)) {
        rename(path);
        changed = true;
      }
    }
  }
  // The new worker's precache lists each file with a revision of its content (an MD5, as Workbox computes it): a page
  // rewritten above has a new one, as a real build's worker would give it.
  const sw = join(dir, 'sw.js');
  writeFileSync(
    sw,
    readFileSync(sw, 'utf8').replace(/\{url:"([^"]+)",revision:"[0-9a-f]+"\}/g, (entry, url: string) => {
      const file = join(dir, url);
      return existsSync(file)
        ? `{url:"${url}",revision:"${createHash('md5').update(readFileSync(file)).digest('hex')}"}`
        : entry;
    }),
  );
  return dir;
}

let host: StaticHost;
let next: string;
test.beforeEach(async ({ consoleWatch }) => {
  // The old page's request for the removed file is a 404 the browser reports.
  consoleWatch.expectConsoleErrors(/^Failed to load resource/);
  next = nextDeploy(OUT);
  host = await staticHost(OUT);
});
test.afterEach(async () => {
  await host.close();
  rmSync(next, { recursive: true, force: true });
});

test('an article the new deploy renamed: the old page reloads into the new deploy, at the same address, and shows it', async ({
  page,
}) => {
  const address = `/article/${article.id}?lang=en&indicator=${figure.id}`;
  // The old deploy's page, live, on the overview.
  await page.goto(`${host.url}/?lang=en`);
  await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
  // `/` ships its own data: the old page has asked for no index yet.
  expect(host.requests.filter((p) => /^\/data\/index-/.test(p))).toEqual([]);

  host.setRoot(next);
  const reloaded = page.waitForEvent('load');
  // An in-app navigation (no reload of its own): the old page asks for the old name.
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, address);
  await reloaded;

  await expect(page.getByText(figure.quote.slice(0, 12)).first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(address);
  // It read the article's page for its data (src/data/load-dataset.ts pageData), found
  // a file of its deploy gone, was told the build changed, and came back on the new
  // deploy's page, whose own slice names the new text: no index needed at all.
  expect(host.requests).toContain('/deploy.json');
  expect(host.requests).toContain(`/article/${article.id}`);
  expect(host.requests.filter((p) => /^\/data\/index-/.test(p))).toEqual([]);
  expect(host.requests.some((p) => new RegExp(`^/data/article-${article.id}-.*n\\.json$`).test(p))).toBe(true);
});

test('a 404 on the deploy the page runs is a failure with its Retry, never a reload loop', async ({ page }) => {
  await page.goto(`${host.url}/?lang=en`);
  await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
  // The same build, but the article's text lost from the host: deploy.json says nothing changed.
  const before = host.requests.length;
  const gone = readdirSync(join(OUT, 'data')).find((n) => n.startsWith(`article-${article.id}-`))!;
  const broken = mkdtempSync(join(tmpdir(), 'pulse-broken-deploy-'));
  try {
    cpSync(OUT, broken, { recursive: true });
    rmSync(join(broken, 'data', gone));
    host.setRoot(broken);
    await page.evaluate((to) => {
      window.history.pushState(null, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, `/article/${article.id}?lang=en`);
    await expect(page.getByRole('alert')).toBeVisible();
    expect(host.requests.slice(before)).toContain('/deploy.json');
    // No reload: the article's page is asked for once, for its data (a reload would ask for it again, as a document).
    expect(host.requests.slice(before).filter((p) => p.startsWith('/article/'))).toEqual([`/article/${article.id}`]);
  } finally {
    rmSync(broken, { recursive: true, force: true });
  }
});

test.describe('two tabs open across a deploy, under the service worker', () => {
  test.use({ serviceWorkers: 'allow' });
  const place = dataset.regions.find((r) => dataset.articles.some((a) => a.regionId === r.id))!;
  const entryOf = (dir: string) =>
    (JSON.parse(readFileSync(join(dir, 'deploy.json'), 'utf8')) as { entry: string }).entry;
  /** The entry script the page runs. */
  const running = (tab: Page) =>
    tab.evaluate(() =>
      [...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')].map(
        (s) => new URL(s.src).pathname,
      ),
    );
  const controlled = (tab: Page) =>
    tab.evaluate(
      async () =>
        (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated' &&
        navigator.serviceWorker.controller !== null,
    );

  test('the tab whose reader accepts the update reloads into it; the other says a new version took over and reloads on its word', async ({
    page,
    context,
  }) => {
    test.setTimeout(60_000);
    const [oldEntry, newEntry] = [entryOf(OUT), entryOf(next)];
    expect(newEntry).not.toBe(oldEntry);
    const other = await context.newPage();
    await page.goto(`${host.url}/`);
    await other.goto(`${host.url}/region/${place.id}`);
    for (const tab of [page, other]) {
      await expect.poll(() => controlled(tab), { timeout: 20_000 }).toBe(true);
      expect(await running(tab)).toContain(oldEntry);
    }

    // The new deploy; the browser's own check for a new worker (as on a return to the tab).
    host.setRoot(next);
    await other.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const offer = (tab: Page) => tab.getByRole('status').filter({ hasText: '有新版本可用' });
    for (const tab of [page, other])
      await expect(offer(tab), 'each tab offers the new version').toBeVisible({ timeout: 20_000 });

    // One reader accepts: that tab reloads into the new deploy.
    const reloaded = page.waitForEvent('load');
    await offer(page).getByRole('button', { name: '更新' }).click();
    await reloaded;
    await expect.poll(() => running(page)).toContain(newEntry);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('总览');

    // The other tab, taken by the new worker, says so instead of running on as if nothing happened.
    const tookOver = other.getByRole('status').filter({ hasText: '新版本已在另一个标签页启用' });
    await expect(tookOver).toBeVisible();
    await expect(offer(other)).toHaveCount(0);
    expect(await running(other)).toContain(oldEntry);
    // For people to look at: the note on a phone (test-results/screenshots/).
    await other.setViewportSize({ width: 375, height: 812 });
    await other.screenshot({ path: 'test-results/screenshots/375-update-took-over-zh.png' });
    const otherReloaded = other.waitForEvent('load');
    await tookOver.getByRole('button', { name: '重新加载' }).click();
    await otherReloaded;
    await expect.poll(() => running(other)).toContain(newEntry);
    expect(new URL(other.url()).pathname).toBe(`/region/${place.id}`);
    await expect(other.getByRole('heading', { level: 1 })).toContainText(place.name.zh);
    for (const tab of [page, other]) await expect(tab.locator('.update-note')).toHaveCount(0);
  });
});

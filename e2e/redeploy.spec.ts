// A page left open across a deploy (issue 20, point 2): the new deploy has
// replaced the hashed files the open page knows (a data deploy: every article's
// text and the index under new names), so the article the reader then opens is
// gone from the host. The page must not strand them on a failure whose Retry asks
// for the same missing file: it reads /deploy.json, sees another build, and
// reloads into it where it was (the view is in the URL).
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
 * code that holds the index's name, the chunks that import that code…), and the
 * pages and deploy.json name the new files.
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
  for (const name of readdirSync(join(dir, 'data'))) if (/^(index|article)-.*\.json$/.test(name)) rename(`/data/${name}`);
  for (let changed = true; changed; ) {
    changed = false;
    for (const path of filesUnder(dir).filter((p) => /\.(html|js|json)$/.test(p))) {
      const file = join(dir, path);
      const text = readFileSync(file, 'utf8');
      let next = text;
      // Pages and the index name files from the root (/assets/…), Vite's preload lists without
      // the slash (assets/…), chunks each other relatively (./name.js).
      for (const [old, name] of renamed) next = next.split(old.slice(1)).join(name.slice(1)).split(`./${old.split('/').pop()}`).join(`./${name.split('/').pop()}`);
      if (next === text) continue;
      writeFileSync(file, next);
      if (/^\/assets\//.test(path) && !renamed.has(path) && ![...renamed.values()].includes(path)) {
        rename(path);
        changed = true;
      }
    }
  }
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

test('an article the new deploy renamed: the old page reloads into the new deploy, at the same address, and shows it', async ({ page }) => {
  const address = `/article/${article.id}?lang=en&indicator=${figure.id}`;
  // The old deploy's page, live, on the overview.
  await page.goto(`${host.url}/?lang=en`);
  await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
  const oldIndex = host.requests.find((p) => /^\/data\/index-/.test(p))!;

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
  // It asked for the old name, was told the build changed, and came back on the new index.
  expect(host.requests).toContain('/deploy.json');
  expect(host.requests.filter((p) => /^\/data\/index-/.test(p)).at(-1)).toBe(oldIndex.replace(/\.json$/, 'n.json'));
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
    // No reload: the page's own navigation is the only document asked for.
    expect(host.requests.slice(before).filter((p) => p.startsWith('/article/'))).toEqual([]);
  } finally {
    rmSync(broken, { recursive: true, force: true });
  }
});

// Embeds under the service worker (issue 20, point 1): a page on another site
// frames a story and a region embed before the worker exists, after it has
// taken control, and after a reload. The worker must never answer an embed's
// navigation with the app's cached page, whose headers forbid framing.
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { dataset } from './support/dataset.ts';
import { framingPage, otherSite } from './support/other-site.ts';
import { watchErrors } from './support/page.ts';

test.use({ serviceWorkers: 'allow' });

// Any story, and the place it belongs to: the embeds a host would paste.
const story = dataset.stories[0]!;
const region = dataset.regions.find((r) => r.id === story.regionId)!;

const frameAt = (page: Page, kind: 'story' | 'region') =>
  page.frames().find((f) => new URL(f.url(), 'http://x').pathname.startsWith(`/embed/${kind}/`));
/** The n-th iframe's frame (the main frame's children in document order). */
const frameOf = (page: Page, n: number) => page.mainFrame().childFrames()[n];

/** Both embeds drawn in their frames: the story's card, the place's heading. */
async function embedsShow(page: Page) {
  const frames = page.frameLocator('iframe');
  await expect(frames.nth(0).locator(`[data-story="${story.id}"]`)).toBeVisible();
  await expect(frames.nth(1).getByRole('heading', { level: 1 })).toContainText(region.name.en);
}

/** Whether each embed's frame is controlled by a service worker (its navigation went through one). */
async function controlled(page: Page): Promise<boolean[]> {
  return Promise.all(
    (['story', 'region'] as const).map(async (kind) => {
      const frame: Frame | undefined = frameAt(page, kind);
      return frame ? frame.evaluate(() => navigator.serviceWorker.controller !== null) : false;
    }),
  );
}

const workerControls = (page: Page) =>
  page.evaluate(
    async () =>
      (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated' &&
      navigator.serviceWorker.controller !== null,
  );

for (const host of ['localhost', '127.0.0.1'] as const) {
  const sameSite = host === 'localhost';
  const where = sameSite
    ? 'the same site on another port (the reader’s worker controls the frames)'
    : 'another site (frames with storage of their own)';
  test(`embeds on ${where}: drawn before the worker, under it, and after a reload`, async ({
    page,
    context,
    baseURL,
    consoleWatch,
  }) => {
    test.setTimeout(90_000);
    // The page that is not an embed is refused its frame: the browser says so on the console.
    consoleWatch.expectConsoleErrors(
      /^Framing '[^']*' violates the following Content Security Policy directive: "frame-ancestors 'none'"/,
    );
    // Chromium asks before a page frames a local address: the host is one too, so allow it.
    await context.grantPermissions(['local-network-access']);
    const errors = watchErrors(page);
    const site = await otherSite(
      framingPage([
        `${baseURL}/embed/story/${story.id}?lang=en`,
        `${baseURL}/embed/region/${region.id}?lang=en`,
        `${baseURL}/region/${region.id}?lang=en`,
      ]),
      host,
    );
    try {
      // Before any worker.
      await page.goto(site.url);
      await embedsShow(page);
      expect(await controlled(page)).toEqual([false, false]);

      // A reader's visit to the site itself installs the worker.
      await page.goto('/');
      await expect.poll(() => workerControls(page), { timeout: 30_000 }).toBe(true);

      // The host page again, then reloaded. On the same site the frames share the
      // reader's worker: their navigations go through it. On another site they
      // get storage of their own, where this browser allows no worker at all
      // (third-party storage is blocked); either way the embeds draw.
      for (const visit of ['again', 'reloaded']) {
        if (visit === 'again') await page.goto(site.url);
        else await page.reload();
        await embedsShow(page);
        if (sameSite) expect(await controlled(page), visit).toEqual([true, true]);
        // A page that is not an embed stays unframable, worker or not.
        await expect.poll(() => frameOf(page, 2)?.url(), visit).toMatch(/^chrome-error:/);
      }
      if (sameSite) {
        // What the worker keeps for an embed offline is the embed's own answer.
        const kept = await frameAt(page, 'story')!.evaluate(async () =>
          (await (await caches.open('pulse-embeds')).keys()).map((r) => new URL(r.url).pathname),
        );
        expect(kept).toContain(`/embed/story/${story.id}`);
        // Offline, an embed never opened is drawn from that kept page (the same app shell).
        const other = dataset.regions.find((r) => r.id !== region.id) ?? region;
        await context.setOffline(true);
        await page.goto(`/embed/region/${other.id}?lang=en`);
        await expect(page.getByRole('heading', { level: 1 })).toContainText(other.name.en);
        await context.setOffline(false);
      }
      expect(errors).toEqual([]);
    } finally {
      await site.close();
    }
  });
}

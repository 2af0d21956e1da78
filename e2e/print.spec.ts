// Print that reads on paper (issue 20, point 5): real A4 PDFs of a region's
// page, an article and the overview, in both languages, read back with
// poppler. What must be on paper is derived from the dataset and from the
// page itself, never from the one committed page.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test as base } from './support/test.ts';
import { compact, PrintedPdf, type Word } from './support/pdf.ts';
import { DATASET_PATH } from '../scripts/dataset-path.ts';

interface Dataset {
  regions: { id: string }[];
  articles: { id: string; regionId: string }[];
  indicators: { id: string; regionId: string; articleId: string; period?: unknown }[];
}

const test = base.extend<{ datasetPath: string; dataset: Dataset }>({
  // The dataset the build was made from (scripts/dataset-path.ts: data/dataset.json, or PULSE_DATASET).
  datasetPath: [DATASET_PATH, { option: true }],
  dataset: async ({ datasetPath }, use) => use(JSON.parse(readFileSync(datasetPath, 'utf8')) as Dataset),
});

/** The links print writes out (styles.css, "Print"). */
const WRITTEN_OUT = ['.figure-list a', '.source-line a', '.article-link', '.tile-link', '.indicator-table td.num a']
  .map((s) => `${s}[href^="/"]`)
  .join(', ');

const most = <T>(items: T[], score: (item: T) => number): T =>
  items.reduce((best, item) => (score(item) > score(best) ? item : best));

/** The place with the most dated figures (then the most figures): its page has a table, dates and sector bars. */
function richestRegion(dataset: Dataset): string {
  const dated = (id: string) => dataset.indicators.filter((i) => i.regionId === id && i.period).length;
  const all = (id: string) => dataset.indicators.filter((i) => i.regionId === id).length;
  return most(dataset.regions, (r) => dated(r.id) * 1000 + all(r.id)).id;
}

const richestArticle = (dataset: Dataset) =>
  most(dataset.articles, (a) => dataset.indicators.filter((i) => i.articleId === a.id).length).id;

/**
 * The first word of the line that prints `text` (or its first line, where it
 * wraps): the longest run of words on one line that spells the start of it.
 */
function lineStart(words: Word[], text: string): Word | undefined {
  let best: { word: Word; length: number } | undefined;
  words.forEach((word, i) => {
    let spelled = '';
    for (let j = i; j < words.length && Math.abs(words[j]!.yMin - word.yMin) < 1; j++) {
      if (!text.startsWith(spelled + words[j]!.text)) break;
      spelled += words[j]!.text;
    }
    if (spelled && (!best || spelled.length > best.length)) best = { word, length: spelled.length };
  });
  return best && best.length >= Math.min(text.length, 4) ? best.word : undefined;
}

interface OnScreen {
  address: string;
  source: string;
  headings: string[];
  /** Each written-out link's address as it must print: `<origin + href>`. */
  links: string[];
  /** The table's rows as print lays them out: period and sectors. */
  rows: { period: string; sectors: string }[];
  sectors: { name: string; count: string }[];
}

/** Opens a view (or takes the one open), waits until it is the page a reader prints, and reads what the paper must carry. */
async function openForPrint(page: Page, path: string | null): Promise<OnScreen> {
  if (path !== null) await page.goto(path);
  await expect(page.locator('main h1')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  // What a browser does as it prints (page.pdf alone does not): long lists draw all their items.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  // The print properties follow the view (src/app/print-marks.ts).
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--print-address')))
    .toContain(new URL(page.url()).pathname);
  await page.evaluate(() => document.fonts.ready);
  const seen = await page.evaluate((selector) => {
    const visible = (e: Element) => e.checkVisibility();
    const text = (e: Element) => (e.textContent ?? '').trim();
    const css = getComputedStyle(document.documentElement);
    const unquote = (value: string) => JSON.parse(value.trim()) as string;
    return {
      address: unquote(css.getPropertyValue('--print-address')),
      origin: unquote(css.getPropertyValue('--print-origin')),
      source: text(document.querySelector('.site-footer')!),
      headings: [...document.querySelectorAll('main h1, main h2, main h3')].filter(visible).map(text),
      links: [...document.querySelectorAll(selector)].filter(visible).map((a) => a.getAttribute('href')!),
      rows: [...document.querySelectorAll('.indicator-table tbody tr')].map((tr) => ({
        period: text(tr.querySelector('.period')!),
        sectors: text(tr.querySelector('.col-sector')!),
      })),
      sectors: [...document.querySelectorAll('.sector-bar')].map((b) => ({
        name: text(b.firstElementChild!),
        count: text(b.lastElementChild!),
      })),
    };
  }, WRITTEN_OUT);
  return { ...seen, links: seen.links.map((href) => `<${seen.origin}${href}>`) };
}

async function printed(page: Page): Promise<PrintedPdf> {
  return new PrintedPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
}

/** What every printed view must carry, sheet by sheet. */
function expectPaper(pdf: PrintedPdf, seen: OnScreen) {
  const source = compact(seen.source);
  const address = compact(seen.address);
  const margins = (line: string) => line === source || line === address || /^\d+\/\d+$/.test(line);
  const headings = new Set(seen.headings.map(compact));
  expect(pdf.sheets.length).toBeGreaterThan(0);
  pdf.sheets.forEach((sheet, n) => {
    // A4 portrait, in points.
    expect(Math.round(sheet.width)).toBe(595);
    expect(Math.round(sheet.height)).toBe(842);
    const text = sheet.lines.join('');
    expect(text, `the source on sheet ${n + 1}`).toContain(source);
    expect(text, `the page's address on sheet ${n + 1}`).toContain(address);
    // Nothing cut at an edge: every word lies on the sheet.
    const outside = sheet.words.filter((w) => w.xMin < 0 || w.xMax > sheet.width + 0.5 || w.yMax > sheet.height + 0.5);
    expect(
      outside.map((w) => w.text),
      `words off sheet ${n + 1}`,
    ).toEqual([]);
    // A heading is never the last thing on a sheet, apart from the margins.
    const content = sheet.lines.filter((l) => !margins(l));
    if (n < pdf.sheets.length - 1)
      expect(headings.has(content.at(-1) ?? ''), `sheet ${n + 1} ends with the heading "${content.at(-1)}"`).toBe(
        false,
      );
  });
  // Every link to a source written out in full, against the print origin; never a bare path.
  for (const link of seen.links) expect(pdf.text).toContain(compact(link));
  expect(pdf.text).not.toMatch(/<\/(article|region|indicator)\//);
}

for (const lang of ['zh', 'en'] as const) {
  const query = lang === 'en' ? '?lang=en' : '';

  test.describe(`printed on A4 (${lang})`, () => {
    test('a region: the whole table, dates whole, sector bars marked, and what every sheet carries', async ({
      page,
      dataset,
    }) => {
      const region = richestRegion(dataset);
      const seen = await openForPrint(page, `/region/${region}${query}`);
      // Paper has no "show more": every figure of the place is a row.
      expect(seen.rows.length).toBe(dataset.indicators.filter((i) => i.regionId === region).length);
      expect(seen.links.length).toBeGreaterThanOrEqual(seen.rows.length);
      const pdf = await printed(page);
      try {
        expectPaper(pdf, seen);
        // The table fits: its last column (the sectors) is on paper for every row, and each date on one line.
        const lines = pdf.sheets.flatMap((s) => s.lines);
        for (const row of seen.rows) expect(pdf.text).toContain(compact(row.sectors));
        const periods = new Map<string, number>();
        for (const { period } of seen.rows)
          if (/\d/.test(period)) periods.set(compact(period), (periods.get(compact(period)) ?? 0) + 1);
        expect(periods.size).toBeGreaterThan(0);
        for (const [period, rows] of periods) {
          const whole = lines.reduce((n, line) => n + line.split(period).length - 1, 0);
          expect(whole, `"${period}" printed whole for each of its ${rows} rows`).toBeGreaterThanOrEqual(rows);
        }
        // The sector bars print (page.pdf leaves background graphics out, as a browser does by
        // default): between each sector's name and its count there is a mark.
        expect(seen.sectors.length).toBeGreaterThan(0);
        for (const { name, count } of seen.sectors) {
          const at = pdf.sheets.findIndex((s) => lineStart(s.words, compact(name)));
          expect(at, `sector "${name}" on paper`).toBeGreaterThanOrEqual(0);
          const sheet = pdf.sheets[at]!;
          const label = lineStart(sheet.words, compact(name))!;
          const middle = (w: { yMin: number; yMax: number }) => (w.yMin + w.yMax) / 2;
          const tally = sheet.words
            .filter((w) => w.text === count && w.xMin > label.xMax && Math.abs(middle(w) - middle(label)) < 30)
            .sort((a, b) => Math.abs(middle(a) - middle(label)) - Math.abs(middle(b) - middle(label)))[0];
          expect(tally, `the count of "${name}" beside it`).toBeDefined();
          // The strip between the name's column (its words on these lines) and the count holds only the bar.
          const nameEnd = Math.max(
            ...sheet.words
              .filter(
                (w) =>
                  w.xMax < tally!.xMin &&
                  w.yMax > tally!.yMin - 30 &&
                  w.yMin < tally!.yMax + 30 &&
                  w.xMin <= label.xMax,
              )
              .map((w) => w.xMax),
          );
          const strip = {
            x: nameEnd + 1,
            y: tally!.yMin,
            width: tally!.xMin - nameEnd - 2,
            height: tally!.yMax - tally!.yMin,
          };
          expect(pdf.ink(at, strip), `the bar of "${name}" printed`).toBeGreaterThanOrEqual(8);
        }
      } finally {
        pdf.dispose();
      }
    });

    test('an article: its text, its figures and what every sheet carries', async ({ page, dataset }) => {
      const article = richestArticle(dataset);
      const seen = await openForPrint(page, `/article/${article}${query}`);
      const headline = (await page.locator('.article h1').textContent()) ?? '';
      const pdf = await printed(page);
      try {
        expectPaper(pdf, seen);
        expect(pdf.text).toContain(compact(headline));
        // The first sheet is not left empty by an article too long to keep whole.
        expect(pdf.sheets[0]!.lines.join('')).toContain(compact(headline));
      } finally {
        pdf.dispose();
      }
    });

    test('the overview: every figure with its source written out, and what every sheet carries', async ({
      page,
      dataset,
    }) => {
      // `/` holds its own figures (src/data/overview-slice.ts): paper lists its first page, and says so.
      const note = page.locator('.print-note');
      const held = await openForPrint(page, `/${query}`);
      expect(held.rows.length).toBeLessThan(dataset.indicators.length);
      await expect(note).toContainText(String(held.rows.length));
      await expect(note).toBeVisible();
      await expect(note).toContainText(String(dataset.indicators.length));
      // Once the reader has asked for more, the page holds every figure, and paper lists them all.
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await page.emulateMedia({ media: 'screen' });
      await page.locator('section[aria-labelledby="table-title"] button.more').click();
      await expect.poll(() => page.locator('.indicator-table tbody tr').count()).toBeGreaterThan(held.rows.length);
      const seen = await openForPrint(page, null);
      expect(seen.rows.length).toBe(dataset.indicators.length);
      await expect(note).toHaveCount(0);
      expect(seen.links.length).toBeGreaterThanOrEqual(seen.rows.length);
      const pdf = await printed(page);
      try {
        expectPaper(pdf, seen);
        // No chart box prints as "loading": a chart not drawn yet leaves its written-out figures.
        const loading = compact(
          (await page.evaluate(() => document.querySelector('.chart-placeholder')?.textContent)) ?? '',
        );
        if (loading) expect(pdf.text).not.toContain(loading);
      } finally {
        pdf.dispose();
      }
    });
  });
}

test('a declared site address (PULSE_SITE_URL) is the one printed links and the page address use', async ({
  page,
  dataset,
}) => {
  const site = 'https://pulse.example.org';
  const path = `/region/${richestRegion(dataset)}`;
  // The prerender writes this tag when PULSE_SITE_URL is set (scripts/prerender-html.ts); the e2e build has none.
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        '</head>',
        `<meta name="pulse-site-url" content="${site}/" /></head>`,
      );
      await route.fulfill({ response, body: html });
    },
  );
  const seen = await openForPrint(page, path);
  expect(seen.address).toBe(`${site}${path}`);
  const pdf = await printed(page);
  try {
    expect(pdf.text).toContain(compact(`${site}${path}`));
    expect(seen.links.length).toBeGreaterThan(0);
    for (const link of seen.links) {
      expect(link.startsWith(`<${site}/`)).toBe(true);
      expect(pdf.text).toContain(compact(link));
    }
    expect(pdf.text).not.toContain(new URL(page.url()).host);
  } finally {
    pdf.dispose();
  }
});

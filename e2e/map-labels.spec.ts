// Every map stays readable whatever places the data holds: on the China map no
// marker covers another, no label covers a marker or a label, every label sits
// inside the chart, every place is named once (by its own label, or on a small map
// by a close neighbour's that names both or counts them), and the pointer (on a marker or on its
// label) or keyboard focus on the place list picks that place and no other; on a
// place's own map, the seat's label sits beside it, inside the chart. Checked from
// the charts' own layout at desktop and phone width, on the committed data (project
// desktop) and on a build with a place a few pixels from another (near-place).
// What to expect is read from the dataset the build was made from.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Dataset } from '../src/domain/schema.ts';
import { centreOf, markAndLabelBoxes, overlaps, type PlaceBoxes, type Rect } from './support/charts.ts';
import { expect, test as base } from './support/test.ts';

const readDataset = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Dataset;
const test = base.extend<{ datasetPath: string; placeMapsCheckedOn: string | null; dataset: Dataset }>({
  /** The dataset the project's build was made from (playwright.config.ts). */
  datasetPath: ['data/dataset.json', { option: true }],
  /** A dataset whose places' own maps another project checks already: only the places this one adds are visited. */
  placeMapsCheckedOn: [null, { option: true }],
  dataset: async ({ datasetPath }, use) => use(readDataset(datasetPath)),
});

const LANGS = [
  { lang: 'zh', query: '' },
  { lang: 'en', query: '?lang=en' },
] as const;

const inside = (r: Rect, box: { width: number; height: number }) =>
  r.x >= 0 && r.y >= 0 && r.x + r.width <= box.width && r.y + r.height <= box.height;
/** Markers are discs: apart when their centres are further than their radii. */
const discsApart = (a: Rect, b: Rect) => {
  const [p, q] = [centreOf(a), centreOf(b)];
  return Math.hypot(p.x - q.x, p.y - q.y) >= (a.width + b.width) / 2;
};

async function chinaMap(page: Page, path: string) {
  await page.goto(path);
  return markAndLabelBoxes(page, 'china-map');
}

/** Page coordinates of a point in the chart's pixels. */
async function onPage(page: Page, name: string, point: { x: number; y: number }) {
  const box = (await page.locator(`[data-chart="${name}"]`).boundingBox())!;
  return { x: box.x + point.x, y: box.y + point.y };
}

for (const width of [1440, 375]) {
  test.describe(`at ${width} px`, () => {
    test.beforeEach(async ({ page }) => page.setViewportSize({ width, height: width > 600 ? 900 : 812 }));

    test('on the China map, markers and labels never overlap, each label inside the map and naming its place', async ({
      page,
      dataset,
    }) => {
      // Every place chosen in the filter too: the largest markers, bold labels.
      const all = `region=${dataset.regions.map((r) => r.id).join(',')}`;
      const views = [
        ...LANGS,
        { lang: 'en' as const, query: `?${all}&lang=en` },
        { lang: 'zh' as const, query: `?${all}` },
      ];
      for (const { lang, query } of views) {
        const { box, places, leaders } = await chinaMap(page, `/${query}`);
        expect(places.map((p) => p.id).sort(), 'one marker per place of the dataset').toEqual(
          dataset.regions.map((r) => r.id).sort(),
        );
        // Each place named once: by its own label, or (too close to a neighbour to label apart
        // on a small map) by the nearest one's, as both names or the first and how many.
        const nameOf = (id: string) => dataset.regions.find((r) => r.id === id)!.name[lang];
        const labelled = places.filter((p) => p.label);
        const counted = labelled.reduce(
          (n, p) =>
            n +
            (p.labelText === nameOf(p.id)
              ? 1
              : Number(
                  /等(\d+)地$/.exec(p.labelText ?? '')?.[1] ??
                    Number(/ \+(\d+)$/.exec(p.labelText ?? '')?.[1] ?? 1) + 1,
                )),
          0,
        );
        expect(
          counted,
          `${lang}: every place named once over the labels (${labelled.map((p) => p.labelText).join(' | ')})`,
        ).toBe(places.length);
        for (const place of places) {
          if (!place.label) {
            expect(
              labelled.some(
                (p) => p.labelText?.includes(nameOf(place.id)) || /等\d+地$| \+\d+$/.test(p.labelText ?? ''),
              ),
              `${lang}: ${place.id}'s label left out, and no neighbour's names it`,
            ).toBe(true);
            continue;
          }
          expect(place.labelText?.startsWith(nameOf(place.id)), `${lang}: ${place.id}'s label names it first`).toBe(
            true,
          );
          expect(inside(place.label, box), `${lang}: ${place.id}'s label inside the chart`).toBe(true);
          for (const other of places) {
            expect(overlaps(place.label, other.mark), `${lang}: ${place.id}'s label over ${other.id}'s marker`).toBe(
              false,
            );
            if (other === place) continue;
            if (other.label)
              expect(overlaps(place.label, other.label), `${lang}: labels of ${place.id} and ${other.id}`).toBe(false);
            expect(discsApart(place.mark, other.mark), `${lang}: markers of ${place.id} and ${other.id}`).toBe(true);
          }
        }
        // Leader lines: one from each marker that no longer covers its seat to the seat,
        // one from each label set further off to its marker (a label beyond its
        // marker's ring of close spots has one), and no other.
        const holds = (l: Rect, points: number[][]) =>
          points.every(
            ([x, y]) => x! >= l.x - 1 && x! <= l.x + l.width + 1 && y! >= l.y - 1 && y! <= l.y + l.height + 1,
          );
        const seatLines = places.flatMap((p) => {
          const c = centreOf(p.mark);
          return Math.hypot(c.x - p.seat[0], c.y - p.seat[1]) > p.mark.width / 2
            ? [{ id: p.id, points: [p.seat, [c.x, c.y]] }]
            : [];
        });
        const labelEnds = labelled.map((p) => {
          const [c, l] = [centreOf(p.mark), p.label!];
          const end = [Math.min(Math.max(c.x, l.x), l.x + l.width), Math.min(Math.max(c.y, l.y), l.y + l.height)];
          return {
            id: p.id,
            points: [[c.x, c.y], end],
            gap: Math.hypot(end[0]! - c.x, end[1]! - c.y),
            ring: Math.SQRT2 * (p.mark.width / 2 + 12),
          };
        });
        for (const line of seatLines)
          expect(
            leaders.some((l) => holds(l, line.points)),
            `${lang}: ${line.id}: a line from its seat to its marker`,
          ).toBe(true);
        const others = leaders.filter((l) => !seatLines.some((line) => holds(l, line.points)));
        for (const l of others)
          expect(
            labelEnds.some((e) => holds(l, e.points)),
            `${lang}: a leader line joins a marker to its own label`,
          ).toBe(true);
        for (const e of labelEnds.filter((e) => e.gap > e.ring))
          expect(
            others.some((l) => holds(l, e.points)),
            `${lang}: ${e.id}'s label, set further off, has its line`,
          ).toBe(true);
        expect(others, `${lang}: one line per label set further off`).toHaveLength(
          labelEnds.filter((e) => others.some((l) => holds(l, e.points))).length,
        );
      }
    });

    test('pointing at a marker or at its label picks that place, and no other', async ({ page }) => {
      const { places } = await chinaMap(page, '/');
      const hovered = page.locator('.place-list a.is-hovered');
      for (const place of places) {
        for (const [what, rect] of [
          ['marker', place.mark],
          ...(place.label ? [['label', place.label] as const] : []),
        ] as const) {
          const { x, y } = await onPage(page, 'china-map', centreOf(rect));
          await page.mouse.move(x, y);
          await expect(hovered, `pointing at ${place.id}'s ${what}`).toHaveText(place.name);
          // The table marks that place's rows only (a place with no figures has none).
          const regions = await page
            .locator('table.indicator-table tbody tr.is-hovered')
            .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.region));
          expect(new Set(regions), `rows marked for ${place.id}'s ${what}`).toEqual(
            new Set(regions.length ? [place.id] : []),
          );
        }
      }
      await page.mouse.move(1, 1);
      await expect(hovered).toHaveCount(0);
    });

    test('focusing a place in the list beside the map marks its marker, and no other', async ({ page }) => {
      const { places } = await chinaMap(page, '/');
      const list = page.locator('.place-list');
      for (const place of places) {
        await list.getByRole('link', { name: place.name, exact: true }).focus();
        await expect
          .poll(
            async () => (await markAndLabelBoxes(page, 'china-map')).places.filter((p) => p.emphasis).map((p) => p.id),
            `focus on ${place.id}`,
          )
          .toEqual([place.id]);
      }
    });

    test('on each place’s own map, its label sits beside its seat, inside the map', async ({
      page,
      dataset,
      placeMapsCheckedOn,
    }) => {
      const checked = new Set(placeMapsCheckedOn ? readDataset(placeMapsCheckedOn).regions.map((r) => r.id) : []);
      const regions = dataset.regions.filter((r) => !checked.has(r.id));
      expect(regions.length, 'places to visit').toBeGreaterThan(0);
      const check = (path: string, seat: PlaceBoxes, box: { width: number; height: number }) => {
        expect(seat.label, `${path}: the seat has its label`).not.toBeNull();
        expect(overlaps(seat.label!, seat.mark), `${path}: the label beside its marker, not over it`).toBe(false);
        expect(inside(seat.label!, box), `${path}: the label inside the map`).toBe(true);
      };
      for (const region of regions) {
        for (const { lang, query } of LANGS) {
          const path = `/region/${region.id}${query}`;
          await page.goto(path);
          const { box, places } = await markAndLabelBoxes(page, 'place-map');
          expect(places.map((p) => p.labelText)).toEqual([region.name[lang]]);
          check(path, places[0]!, box);
        }
      }
    });
  });
}

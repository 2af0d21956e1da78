// Map labels read: beside their marker, never over it, and never over another
// label; checked from the chart's own layout at desktop and phone width.
import { expect, test } from './support/test.ts';
import { markAndLabelBoxes, overlaps } from './support/charts.ts';
import { dataset } from './support/dataset.ts';

for (const width of [1440, 375]) {
  test(`no map label overlaps its marker, another marker or another label (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/', '/?lang=en']) {
      await page.goto(path);
      const places = await markAndLabelBoxes(page, 'china-map');
      expect(places).toHaveLength(dataset.regions.length);
      for (const place of places) {
        expect(place.label, `${path} ${place.name} has a label`).not.toBeNull();
        for (const other of places) {
          expect(overlaps(place.label!, other.mark), `${path}: ${place.name}'s label over ${other.name}'s marker`).toBe(false);
          if (other !== place) expect(overlaps(place.label!, other.label!), `${path}: labels of ${place.name} and ${other.name}`).toBe(false);
        }
      }
    }
    for (const region of ['jingmen', 'zoucheng']) {
      await page.goto(`/region/${region}?lang=en`);
      const [seat] = await markAndLabelBoxes(page, 'place-map');
      expect(seat!.label).not.toBeNull();
      expect(overlaps(seat!.label!, seat!.mark), `${region}: the label beside its marker`).toBe(false);
    }
  });
}

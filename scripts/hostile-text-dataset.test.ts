import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lengthen, unbreakable, wordy } from './hostile-text-dataset.ts';

describe('the texts', () => {
  it('unbreakable: exactly that long, letters only (no break opportunity)', () => {
    const text = unbreakable('Label', 600);
    expect(text).toHaveLength(600);
    expect(text).toMatch(/^[A-Za-z]+$/);
  });

  it('wordy: exactly that long at most, words and spaces', () => {
    const text = wordy('Long', 2000);
    expect(text.length).toBeGreaterThan(1990);
    expect(text.length).toBeLessThanOrEqual(2000);
    expect(text.split(' ').length).toBeGreaterThan(200);
  });
});

describe('lengthen', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-hostile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lengthens the texts it names, chosen from the data, in the curation files', () => {
    cpSync('data', dir, { recursive: true });
    const texts = lengthen(dir);
    const stories = parse(readFileSync(join(dir, 'annotations/stories.yaml'), 'utf8')) as {
      headlines: string[];
      stories: { id: string; title: { en: string } }[];
    };
    // The two long labels are the first two headline figures.
    expect([texts.unbreakableLabel.id, texts.longLabel.id]).toEqual(stories.headlines.slice(0, 2));
    const regions = parse(readFileSync(join(dir, 'annotations/regions.yaml'), 'utf8')) as {
      id: string;
      name: { en: string };
    }[];
    expect(regions.find((r) => r.id === texts.region.id)!.name.en).toBe(texts.region.en);
    if (texts.story) expect(stories.stories.find((s) => s.id === texts.story!.id)!.title.en).toBe(texts.story.en);
    const sectors = parse(readFileSync(join(dir, 'annotations/sectors.yaml'), 'utf8')) as {
      id: string;
      name: { zh: string; en: string };
    }[];
    expect(sectors.find((s) => s.id === texts.sector.id)!.name).toEqual({ zh: texts.sector.zh, en: texts.sector.en });
    const labels = new Map<string, { zh: string; en: string }>();
    for (const file of readdirSync(join(dir, 'annotations')).filter(
      (f) => !['measures.yaml', 'regions.yaml', 'sectors.yaml', 'stories.yaml'].includes(f),
    )) {
      const page = parse(readFileSync(join(dir, 'annotations', file), 'utf8')) as {
        indicators?: { id: string; label: { zh: string; en: string } }[];
      };
      for (const i of page.indicators ?? []) labels.set(i.id, i.label);
    }
    expect(labels.get(texts.unbreakableLabel.id)).toEqual({
      zh: texts.unbreakableLabel.zh,
      en: texts.unbreakableLabel.en,
    });
    expect(labels.get(texts.longLabel.id)).toEqual({ zh: texts.longLabel.zh, en: texts.longLabel.en });
  });
});

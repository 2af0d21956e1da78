// The fixture pages are printed from their sources: setting a source again gives
// the committed page byte for byte, and the page has the column form it claims.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emWidth } from '../text.ts';
import { COLUMN_EMS, readSource, typeset } from './typeset.ts';

const FOLDER = join(import.meta.dirname, 'second-page');
const sources = readdirSync(FOLDER).filter((f) => f.endsWith('.source'));

describe('fixture pages set from their sources', () => {
  it('has sources', () => expect(sources.length).toBeGreaterThan(0));

  for (const file of sources) {
    const source = readFileSync(join(FOLDER, file), 'utf8');
    const printed = readFileSync(join(FOLDER, file.replace(/\.source$/, '.txt')), 'utf8');

    it(`${file}: typeset again gives the committed page`, () => {
      expect(typeset(source)).toBe(printed);
    });

    it(`${file}: every paragraph is printed in column lines, first line indented, each line followed by a blank line`, () => {
      const lines = printed.split('\n');
      const page = readSource(source);
      for (const article of page.articles) {
        for (const block of article.body.filter((b) => !b.heading)) {
          const first = lines.findIndex((l) => block.text.startsWith(l) && l.length > 3);
          expect(first, block.text.slice(0, 12)).toBeGreaterThanOrEqual(0);
          expect(emWidth(lines[first]!)).toBeLessThanOrEqual(COLUMN_EMS - 2);
          // The paragraph's lines, read back, are its text.
          let text = '';
          for (let n = first; text.length < block.text.length; n += 2) {
            expect(emWidth(lines[n]!)).toBeLessThanOrEqual(COLUMN_EMS);
            expect(lines[n + 1]).toBe('');
            text += lines[n];
          }
          expect(text).toBe(block.text);
        }
      }
    });
  }
});

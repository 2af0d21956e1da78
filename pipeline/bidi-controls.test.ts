// Bidirectional control characters are refused in a page and in any curation
// file, each named by file, line, column and (in YAML) key.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { bidiControls } from './bidi-controls.ts';
import { main } from './cli.ts';
import { SMALL_PAGE, smallAnnotation, smallData } from './testing/small-data.ts';

const CONTROLS = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];

function failure(dir: string): string {
  const err: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  try {
    expect(main(['--all', dir])).toBe(1);
  } finally {
    vi.restoreAllMocks();
  }
  return err.join('\n');
}

describe('bidiControls', () => {
  it.each(CONTROLS.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, c]))(
    'finds %s, with its line and column',
    (code, c) => {
      const [problem, ...rest] = bidiControls(`first line\nsecond ${c}evil line\n`, 'page.txt');
      expect(rest).toEqual([]);
      expect(problem!.where).toMatchObject({ file: 'page.txt', line: 2 });
      expect(problem!.message).toContain(`${code} `);
      expect(problem!.message).toContain('at column 8');
      // The excerpt shows the control by its code point, never the character itself.
      expect(problem!.message).toContain(`"second <${code}>evil line"`);
      expect(problem!.message).not.toContain(c);
    },
  );

  it('leaves ordinary text alone, Chinese and full-width punctuation, zero-width joiners and all', () => {
    expect(bidiControls('荆州区：GDP“增长”5%！\u200D\u3000end\r\nnext\r', 'a.txt')).toEqual([]);
  });

  it('counts lines as the page does, whatever its line endings', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      expect(bidiControls(['a', 'b', `c\u202Ed`].join(eol), 'a.txt').map((p) => p.where.line)).toEqual([3]);
    }
  });

  it('names the key (and id) of a YAML value that holds one, and every control on the line', () => {
    const text = 'indicators:\n  - id: x-1\n    label: { zh: 产值, en: "\u202Elive\u202C output" }\n';
    const [problem] = bidiControls(text, 'notes.yaml', { yaml: true });
    expect(problem!.where).toEqual({ file: 'notes.yaml', line: 3, key: 'indicators.0.label.en', id: 'x-1' });
    const line = text.split('\n')[2]!;
    const column = (c: string) => [...line.slice(0, line.indexOf(c))].length + 1;
    expect(problem!.message).toContain(
      `found U+202E RIGHT-TO-LEFT OVERRIDE at column ${column('\u202E')}, U+202C POP DIRECTIONAL FORMATTING at column ${column('\u202C')}: `,
    );
    expect(column('\u202C') - column('\u202E')).toBe('\u202Elive'.length);
  });
});

describe('the build refuses them', () => {
  it('in an annotation value: file, line, key; nothing is written', () => {
    const annotation = smallAnnotation().replace('en: "GDP"', 'en: "GDP \u202Elive"');
    const data = smallData({ annotation });
    const line = annotation.split('\n').findIndex((l) => l.includes('\u202E')) + 1;
    expect(failure(data.dir)).toMatch(
      new RegExp(
        `2023-page-09\\.yaml, line ${line}, id yidu-gdp-2022, key indicators\\.0\\.label\\.en: expected no bidirectional control characters .*; found U\\+202E RIGHT-TO-LEFT OVERRIDE at column \\d+`,
      ),
    );
    expect(existsSync(join(data.dir, 'dataset.json'))).toBe(false);
  });

  it('in any curation file', () => {
    const data = smallData();
    const regions = readFileSync(data.regions, 'utf8').replace('en: Yidu', 'en: "Yi\u2067du"');
    const fresh = smallData({ regions });
    expect(failure(fresh.dir)).toMatch(
      /regions\.yaml, line 2, id yidu, key 0\.name\.en: expected no bidirectional control characters .*found U\+2067 RIGHT-TO-LEFT ISOLATE at column/,
    );
  });

  it('in a page: the page file and its line', () => {
    const page = SMALL_PAGE.replace('推进化工园区', '推进\u200F化工园区');
    const data = smallData({ page });
    const line = page.split('\n').findIndex((l) => l.includes('\u200F')) + 1;
    expect(failure(data.dir)).toMatch(
      new RegExp(
        `2023-page-09\\.txt, line ${line}: expected no bidirectional control characters .*found U\\+200F RIGHT-TO-LEFT MARK at column 3: "推进<U\\+200F>化工园区转型升级。"`,
      ),
    );
  });
});

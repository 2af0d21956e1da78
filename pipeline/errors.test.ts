// What a curator reads when a build fails on an unfinished annotation: one
// plain line per kind of gap with its ids, never zod's wording, and every
// problem one by one with --all. Built on a small data folder of its own.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './cli.ts';
import { PipelineError, SUMMARY_FROM, formatProblems, listed } from './errors.ts';
import { SMALL_INDICATORS, smallAnnotation, smallData } from './testing/small-data.ts';

function runMain(args: string[]): { code: number; err: string; out: string } {
  const err: string[] = [];
  const out: string[] = [];
  const e = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  const o = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  try {
    return { code: main(args), err: err.join('\n'), out: out.join('\n') };
  } finally {
    e.mockRestore();
    o.mockRestore();
  }
}
afterEach(() => vi.restoreAllMocks());

/** Zod's own wording, which a curator should never have to read. */
const ZOD_WORDING = /Too small|Too big|Invalid input|Invalid option|expected string|received |>=\d/;

/** The annotation as a half-finished draft leaves it: no English label, no measure, no headline gloss. */
const unfinished = () =>
  smallAnnotation(
    SMALL_INDICATORS.map((i) => ({ ...i, en: '', measure: '' })),
    '',
  );

describe('an unfinished annotation', () => {
  it('gives one plain line per kind of gap, with the ids and the command that lists each one', () => {
    const data = smallData({ annotation: unfinished() });
    const { code, err } = runMain([data.dir]);
    expect(code).toBe(1);
    const ids = SMALL_INDICATORS.map((i) => i.id);
    const lines = err.split('\n');
    const summary = (gap: RegExp) => lines.filter((l) => gap.test(l));
    const label = summary(/indicators have no English label/);
    const measure = summary(/indicators have no measure/);
    expect(label).toHaveLength(1);
    expect(measure).toHaveLength(1);
    for (const line of [...label, ...measure]) {
      expect(line).toMatch(new RegExp(`^ {2}${ids.length} indicators have no`));
      for (const id of ids) expect(line).toContain(id);
      expect(line).toContain(`run \`npm run data -- --all ${data.dir}\` to see them one by one`);
    }
    // One headline gloss missing is a single problem: shown in full, in plain words.
    expect(err).toMatch(
      /2023-page-09\.yaml, line \d+, key articles\.0\.headline\.en: expected an English gloss of the headline; found an empty text/,
    );
    expect(err).not.toMatch(ZOD_WORDING);
    // Two summary lines and one full one: nothing else for a file of 2 × 4 + 1 problems.
    expect(err).toMatch(
      new RegExp(
        `^data: ${2 * ids.length + 1} problems\\n.*2023-page-09\\.yaml \\(${2 * ids.length + 1}\\):\\n(?: {2}.*\\n?){3}$`,
      ),
    );
    expect(existsSync(join(data.dir, 'dataset.json'))).toBe(false);
  });

  it('lists every problem one by one with --all, each with its file, line, id and key', () => {
    const data = smallData({ annotation: unfinished() });
    const { code, err } = runMain(['--all', data.dir]);
    expect(code).toBe(1);
    const text = readFileSync(data.annotation, 'utf8').split('\n');
    for (const id of SMALL_INDICATORS.map((i) => i.id)) {
      const line = text.findIndex((l) => l === `  - id: ${id}`) + 1;
      const labelLine = line + 4;
      expect(err).toMatch(
        new RegExp(
          `2023-page-09\\.yaml, line ${labelLine}, id ${id}, key indicators\\.\\d+\\.label\\.en: expected an English label; found an empty text`,
        ),
      );
      expect(err).toMatch(
        new RegExp(
          `2023-page-09\\.yaml, line ${labelLine + 1}, id ${id}, key indicators\\.\\d+\\.measure: expected a measure \\(an id from measures\\.yaml\\); found an empty text`,
        ),
      );
    }
    expect(err).not.toMatch(/to see them one by one/);
    expect(err).not.toMatch(ZOD_WORDING);
  });

  it('a single wrong value still shows its file, line, key, what was expected and what was found', () => {
    const annotation = smallAnnotation()
      .replace(
        '  - id: yidu-gdp-2022\n    region: yidu\n    value: 812.6\n',
        '  - id: yidu-gdp-2022\n    region: yidu\n    value: "812.6"\n',
      )
      .replace(/(id: yidu-industrial-firms-2022[\s\S]*?status: )actual/, '$1achieved');
    const data = smallData({ annotation });
    const { err } = runMain([data.dir]);
    const lineOf = (needle: string) => annotation.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(err).toMatch(
      new RegExp(
        `2023-page-09\\.yaml, line ${lineOf('value: "812.6"')}, id yidu-gdp-2022, key indicators\\.0\\.value: expected the value as printed: a number; found "812\\.6"`,
      ),
    );
    expect(err).toMatch(
      new RegExp(
        `2023-page-09\\.yaml, line ${lineOf('status: achieved')}, id yidu-industrial-firms-2022, key indicators\\.2\\.status: expected a status: one of actual, forecast, target, rank; found "achieved"`,
      ),
    );
    expect(err).not.toMatch(ZOD_WORDING);
  });

  it('names an unknown key once for all the entries that carry it', () => {
    const annotation = smallAnnotation().replaceAll('    status: actual\n', '    status: actual\n    colour: red\n');
    const data = smallData({ annotation });
    const { err } = runMain([data.dir]);
    expect(err).toMatch(
      /^ {2}4 indicators with an unknown key "colour": yidu-gdp-2022, yidu-gdp-growth-2022, yidu-industrial-firms-2022, yidu-new-market-entities-2022 \(lines \d+–\d+; run/m,
    );
  });
});

describe('formatProblems', () => {
  const problem = (id: string, gap?: string, line = 1) =>
    new PipelineError({ file: 'a.yaml', line, id, key: 'label.en' }, 'an English label', 'an empty text', gap);

  it(`summarises a kind of gap from ${SUMMARY_FROM} problems in a file, and prints fewer in full`, () => {
    const few = Array.from({ length: SUMMARY_FROM - 1 }, (_, n) =>
      problem(`p-0${n + 1}`, 'indicators have no English label', n + 1),
    );
    expect(formatProblems(few)).not.toMatch(/one by one/);
    expect(
      formatProblems(few)
        .split('\n')
        .filter((l) => l.startsWith('  a.yaml, line')),
    ).toHaveLength(SUMMARY_FROM - 1);
    const many = Array.from({ length: SUMMARY_FROM }, (_, n) =>
      problem(`p-0${n + 1}`, 'indicators have no English label', n + 1),
    );
    expect(formatProblems(many, { rerun: 'npm run data -- --all' })).toBe(
      `${SUMMARY_FROM} problems\na.yaml (${SUMMARY_FROM}):\n  ${SUMMARY_FROM} indicators have no English label: p-01 … p-0${SUMMARY_FROM} (lines 1–${SUMMARY_FROM}; run \`npm run data -- --all\` to see them one by one)`,
    );
    expect(formatProblems(many, { all: true })).toBe(
      `${SUMMARY_FROM} problems\na.yaml (${SUMMARY_FROM}):\n${many.map((p) => `  ${p.message}`).join('\n')}`,
    );
  });

  it('keeps problems without a kind, and kinds in other files, apart', () => {
    const gap = 'indicators have no English label';
    const errors = [
      problem('a-1', gap),
      problem('x'),
      problem('a-2', gap),
      problem('a-3', gap),
      new PipelineError({ file: 'b.yaml', id: 'b-1' }, 'x', 'y', gap),
    ];
    const text = formatProblems(errors);
    expect(text.split('\n')).toEqual([
      '5 problems',
      'a.yaml (4):',
      expect.stringMatching(/^ {2}3 indicators have no English label: a-1 … a-3 /),
      `  ${errors[1]!.message}`,
      'b.yaml (1):',
      `  ${errors[4]!.message}`,
    ]);
  });

  it('shortens runs of numbered ids and counts repeats', () => {
    expect(listed(['j-01', 'j-02', 'j-03', 'j-05', 't-1', 't-2', 'art', 'art', 'art', 'k-9', 'k-10', 'k-11'])).toEqual([
      'j-01 … j-03',
      'j-05',
      't-1',
      't-2',
      'art ×3',
      'k-9 … k-11',
    ]);
  });
});

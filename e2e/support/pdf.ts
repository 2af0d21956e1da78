// Reading a printed PDF back, as a reader's paper would show it: its text per
// sheet, where each word lies, and how much ink a strip of a sheet carries.
// Uses poppler's pdftotext and pdftoppm (Debian's poppler-utils, installed by
// .ci/run); a machine without them fails here, saying so.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function poppler(tool: 'pdftotext' | 'pdftoppm', args: string[]): Buffer {
  const run = spawnSync(tool, args, { maxBuffer: 64 * 1024 * 1024 });
  if (run.error)
    throw new Error(`${tool} is needed to read PDFs back (apt-get install poppler-utils): ${run.error.message}`);
  if (run.status !== 0) throw new Error(`${tool} ${args.join(' ')}: ${run.stderr.toString()}`);
  return run.stdout;
}

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Sheet {
  /** Width and height in points. */
  width: number;
  height: number;
  /** Lines in the order the page painted them (pdftotext -raw), each without its spaces. */
  lines: string[];
  words: Word[];
}

/** Text without any white space: what a line of the PDF says, however its glyphs were spaced or wrapped. */
export const compact = (text: string) => text.replace(/\s+/gu, '');

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

export class PrintedPdf {
  readonly sheets: Sheet[];
  private readonly dir: string;
  private readonly file: string;

  constructor(pdf: Buffer) {
    this.dir = mkdtempSync(join(tmpdir(), 'pulse-pdf-'));
    this.file = join(this.dir, 'page.pdf');
    writeFileSync(this.file, pdf);
    const raw = poppler('pdftotext', ['-raw', '-enc', 'UTF-8', this.file, '-']).toString('utf8').split('\f');
    const bbox = poppler('pdftotext', ['-bbox', '-enc', 'UTF-8', this.file, '-']).toString('utf8');
    const pages = [...bbox.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)];
    this.sheets = pages.map(([, width, height, body], i) => ({
      width: Number(width),
      height: Number(height),
      lines: (raw[i] ?? '').split('\n').map(compact).filter(Boolean),
      words: [
        ...body!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
      ].map(([, x0, y0, x1, y1, text]) => ({
        text: unescape(text!),
        xMin: Number(x0),
        yMin: Number(y0),
        xMax: Number(x1),
        yMax: Number(y1),
      })),
    }));
  }

  /** All the text, without white space, sheet after sheet. */
  get text(): string {
    return this.sheets.map((s) => s.lines.join('')).join('');
  }

  /**
   * How many pixels of a rectangle of a sheet (in points) carry a mark, colour
   * or ink (anything darker than paper): rendered in grey at 72 dpi, so a pixel is a point.
   */
  ink(sheet: number, box: { x: number; y: number; width: number; height: number }): number {
    const root = join(this.dir, `strip-${sheet}`);
    const [x, y, w, h] = [box.x, box.y, box.width, box.height].map((n) => Math.max(1, Math.round(n)));
    poppler('pdftoppm', [
      '-r',
      '72',
      '-gray',
      '-f',
      String(sheet + 1),
      '-l',
      String(sheet + 1),
      '-x',
      String(x),
      '-y',
      String(y),
      '-W',
      String(w),
      '-H',
      String(h),
      '-singlefile',
      this.file,
      root,
    ]);
    const pgm = readFileSync(`${root}.pgm`);
    // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('pdftoppm: not a binary PGM');
    const pixels = pgm.subarray(header[0].length);
    let marked = 0;
    for (const value of pixels) if (value < 230) marked++;
    return marked;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

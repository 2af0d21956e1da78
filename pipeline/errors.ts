// One error type for everything the pipeline refuses. It always says where
// (file, and line, id or key) and what was expected, so a failed build can be
// fixed without reading the pipeline's code. PipelineErrors carries several at
// once, so a curator sees every problem of a file in one run. A problem may
// name its kind of gap (`indicators have no English label`): when one kind
// recurs in a file, as on a half-finished draft, `formatProblems` prints it as
// one line with the ids, and `--all` prints every problem one by one.
export interface Where {
  file: string;
  line?: number;
  id?: string;
  /** The key (or path inside the file) the problem is at, e.g. indicators.9.status. */
  key?: string;
}

export class PipelineError extends Error {
  constructor(
    readonly where: Where,
    readonly expected: string,
    readonly found?: string,
    /** The kind of problem, a plural phrase read after a count (`indicators have no English label (label.en)`). */
    readonly gap?: string,
  ) {
    super(`${describeWhere(where)}: expected ${expected}${found !== undefined ? `; found ${found}` : ''}`);
    this.name = 'PipelineError';
  }
}

function describeWhere(where: Where): string {
  return [
    where.file,
    where.line !== undefined ? `line ${where.line}` : '',
    where.id ? `id ${where.id}` : '',
    where.key ? `key ${where.key}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** Several problems; its message lists each one, grouped by file in the order found (the CLI summarises: formatProblems). */
export class PipelineErrors extends Error {
  constructor(readonly errors: PipelineError[]) {
    super(formatProblems(errors, { all: true }));
    this.name = 'PipelineErrors';
  }
}

/** Throws the problems found: one as itself, several together. */
export function throwAll(errors: PipelineError[]): void {
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) throw new PipelineErrors(errors);
}

export const isPipelineProblem = (error: unknown): error is PipelineError | PipelineErrors =>
  error instanceof PipelineError || error instanceof PipelineErrors;

/** From this many problems of one kind in one file, the run prints one line for them; one or two read better each in full. */
export const SUMMARY_FROM = 3;

/** At most this many ids (or runs of ids) in a summary line; `--all` has the rest. */
const LISTED = 12;

export interface FormatOptions {
  /** Every problem one by one, as `npm run data -- --all` asks. */
  all?: boolean;
  /** The command that lists every problem, named in each summary line. */
  rerun?: string;
}

/**
 * The problems of a run, grouped by file in the order found. With `all`, each
 * one in full; otherwise each kind of gap that recurs in a file is one line:
 * its count, its phrase, the ids (runs like jingmen-01 … jingmen-40 shortened)
 * and the command that lists them one by one.
 */
export function formatProblems(errors: PipelineError[], options: FormatOptions = {}): string {
  const files = new Map<string, PipelineError[]>();
  for (const e of errors) files.set(e.where.file, [...(files.get(e.where.file) ?? []), e]);
  const count = `${errors.length} problem${errors.length === 1 ? '' : 's'}`;
  const rerun = options.rerun ?? 'npm run data -- --all';
  const sections = [...files].map(([file, list]) => {
    const kinds = new Map<string, PipelineError[]>();
    for (const e of list) if (e.gap) kinds.set(e.gap, [...(kinds.get(e.gap) ?? []), e]);
    const lines: string[] = [];
    const printed = new Set<string>();
    for (const e of list) {
      const kind = e.gap !== undefined ? kinds.get(e.gap)! : undefined;
      if (options.all || !kind || kind.length < SUMMARY_FROM) lines.push(`  ${e.message}`);
      else if (!printed.has(e.gap!)) {
        printed.add(e.gap!);
        lines.push(`  ${summaryLine(e.gap!, kind, rerun)}`);
      }
    }
    return [`${file} (${list.length}):`, ...lines].join('\n');
  });
  return [count, ...sections].join('\n');
}

function summaryLine(gap: string, kind: PipelineError[], rerun: string): string {
  const lines = kind.flatMap((e) => (e.where.line !== undefined ? [e.where.line] : []));
  const byId = kind.every((e) => e.where.id !== undefined);
  // Ids when each has one (an indicator's), else the lines (a headline gloss has no id).
  const items = byId
    ? listed(kind.map((e) => e.where.id!))
    : listed(kind.map((e) => String(e.where.line ?? e.where.id ?? e.where.key ?? '?')));
  const shown = items.slice(0, LISTED).join(', ');
  const more = items.length > LISTED ? `, and ${items.length - LISTED} more` : '';
  const span = byId && lines.length ? `lines ${Math.min(...lines)}–${Math.max(...lines)}; ` : '';
  return `${kind.length} ${gap}: ${byId ? '' : 'lines '}${shown}${more} (${span}run \`${rerun}\` to see them one by one)`;
}

/**
 * Ids in order, repeats counted (an article's id ×12) and runs of numbered ids
 * shortened (jingmen-01, jingmen-02, jingmen-03 → jingmen-01 … jingmen-03).
 */
export function listed(ids: string[]): string[] {
  const counted: { id: string; n: number }[] = [];
  for (const id of ids) {
    const last = counted.at(-1);
    if (last?.id === id) last.n++;
    else counted.push({ id, n: 1 });
  }
  const numbered = (id: string) => /^(.*?)(\d+)$/.exec(id);
  const out: string[] = [];
  for (let i = 0; i < counted.length;) {
    const first = counted[i]!;
    const m = numbered(first.id);
    let j = i + 1;
    if (m && first.n === 1) {
      for (; j < counted.length && counted[j]!.n === 1; j++) {
        const next = numbered(counted[j]!.id);
        const prev = numbered(counted[j - 1]!.id)!;
        if (!next || next[1] !== m[1] || Number(next[2]) !== Number(prev[2]) + 1) break;
      }
    }
    if (j - i >= 3) out.push(`${first.id} … ${counted[j - 1]!.id}`);
    else {
      j = i + 1;
      out.push(first.n > 1 ? `${first.id} ×${first.n}` : first.id);
    }
    i = j;
  }
  return out;
}

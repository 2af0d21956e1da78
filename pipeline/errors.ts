// One error type for everything the pipeline refuses. It always says where
// (file, and line, id or key) and what was expected, so a failed build can be
// fixed without reading the pipeline's code. PipelineErrors carries several at
// once, so a curator sees every problem of a file in one run.
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
  ) {
    super(`${describeWhere(where)}: expected ${expected}${found !== undefined ? `; found ${found}` : ''}`);
    this.name = 'PipelineError';
  }
}

function describeWhere(where: Where): string {
  return [where.file, where.line !== undefined ? `line ${where.line}` : '', where.id ? `id ${where.id}` : '', where.key ? `key ${where.key}` : '']
    .filter(Boolean)
    .join(', ');
}

/** Several problems, printed grouped by file in the order found. */
export class PipelineErrors extends Error {
  constructor(readonly errors: PipelineError[]) {
    super(groupByFile(errors));
    this.name = 'PipelineErrors';
  }
}

function groupByFile(errors: PipelineError[]): string {
  const files = new Map<string, PipelineError[]>();
  for (const e of errors) files.set(e.where.file, [...(files.get(e.where.file) ?? []), e]);
  const count = `${errors.length} problem${errors.length === 1 ? '' : 's'}`;
  return [count, ...[...files].map(([file, list]) => [`${file} (${list.length}):`, ...list.map((e) => `  ${e.message}`)].join('\n'))].join('\n');
}

/** Throws the problems found: one as itself, several together. */
export function throwAll(errors: PipelineError[]): void {
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) throw new PipelineErrors(errors);
}

export const isPipelineProblem = (error: unknown): error is PipelineError | PipelineErrors =>
  error instanceof PipelineError || error instanceof PipelineErrors;

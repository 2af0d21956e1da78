// One error type for everything the pipeline refuses. It always says where
// (file, and line or id) and what was expected, so a failed build can be fixed
// without reading the pipeline's code.
export class PipelineError extends Error {
  constructor(
    readonly where: { file: string; line?: number; id?: string },
    readonly expected: string,
    readonly found?: string,
  ) {
    const place = [where.file, where.line !== undefined ? `line ${where.line}` : '', where.id ? `id ${where.id}` : '']
      .filter(Boolean)
      .join(', ');
    super(`${place}: expected ${expected}${found !== undefined ? `; found ${found}` : ''}`);
    this.name = 'PipelineError';
  }
}

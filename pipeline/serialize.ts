// Stable, pretty JSON for committed files: the same input always gives the same bytes.
import { z } from 'zod';
import { datasetSchema, type Dataset } from '../src/domain/schema.ts';

export function serialize(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

/**
 * The same bytes as serialize(), in pieces: one per top-level field and one per
 * item of a top-level list. A dataset of ten thousand pages is longer than the
 * longest string JavaScript can hold, so it is written piece by piece. An item
 * printed at depth d is JSON.stringify's own text with each line d levels in.
 */
export function* serializeChunks(dataset: Dataset): Generator<string> {
  // The fields JSON.stringify leaves out, left out (a dataset holds plain data: no function, no symbol).
  const entries = Object.entries(dataset).filter(([, v]) => v !== undefined);
  const indented = (value: unknown, depth: number) =>
    (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${'  '.repeat(depth)}`);
  yield '{';
  for (const [n, [key, value]] of entries.entries()) {
    yield `${n === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield '[';
      for (const [i, item] of value.entries()) yield `${i === 0 ? '' : ','}\n    ${indented(item, 2)}`;
      yield '\n  ]';
    } else yield indented(value, 1);
  }
  yield entries.length > 0 ? '\n}\n' : '}\n';
}

export function datasetJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(datasetSchema), null, 2)}\n`;
}

// Stable, pretty JSON for committed files: the same input always gives the same bytes.
import { z } from 'zod';
import { datasetSchema, type Dataset } from '../src/domain/schema.ts';

export function serialize(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

export function datasetJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(datasetSchema), null, 2)}\n`;
}

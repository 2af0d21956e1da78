// Hand-curated metadata, read from YAML and checked before use. Annotations
// describe indicators (label, sector, period, status) and say which number in the
// text they describe; they never supply a value the text does not print.
import { parse } from 'yaml';
import { z } from 'zod';
import { APPROX, STATUS } from '../src/domain/schema.ts';
import { PipelineError } from './errors.ts';

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });

export const regionAnnotationSchema = z.object({
  id: z.string(),
  name: bilingual,
  province: bilingual,
  coord: z.tuple([z.number(), z.number()]),
  areaCode: z.string(),
  match: z.array(z.string().min(1)).min(1),
});

export const sectorAnnotationSchema = z.object({ id: z.string(), name: bilingual });

export const indicatorAnnotationSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lowercase words joined by hyphens'),
  region: z.string(),
  /** The value and unit the curator read; the build checks them against the text. */
  value: z.number(),
  unit: z.string(),
  /** Surrounding text that picks one mention when the same number occurs twice. */
  find: z.string().min(1).optional(),
  approx: z.enum(APPROX).optional(),
  label: bilingual,
  sectors: z.array(z.string()).min(1),
  period: z.union([z.string(), z.number()]).optional(),
  status: z.enum(STATUS),
});

export const ignoreAnnotationSchema = z.strictObject({
  region: z.string(),
  /** Every number inside this text is not an indicator. */
  find: z.string().min(1),
  why: z.string().min(1),
});

export const pageAnnotationSchema = z.strictObject({
  source: z.string(),
  ignore: z.array(ignoreAnnotationSchema).default([]),
  indicators: z.array(indicatorAnnotationSchema),
});

export type RegionAnnotation = z.infer<typeof regionAnnotationSchema>;
export type SectorAnnotation = z.infer<typeof sectorAnnotationSchema>;
export type IndicatorAnnotation = z.infer<typeof indicatorAnnotationSchema>;
export type IgnoreAnnotation = z.infer<typeof ignoreAnnotationSchema>;
export type PageAnnotation = z.infer<typeof pageAnnotationSchema>;

/** Parses YAML text against a schema; a problem names the file and the path inside it. */
export function readAnnotation<T>(text: string, schema: z.ZodType<T>, file: string): T {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new PipelineError({ file }, 'valid YAML', (error as Error).message.split('\n')[0]);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const id = idAt(raw, issue.path);
    throw new PipelineError({ file, id }, `${issue.path.join('.') || 'the document'} to be valid`, issue.message);
  }
  return result.data;
}

function idAt(raw: unknown, path: PropertyKey[]): string | undefined {
  let node = raw;
  let id: string | undefined;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    const maybe = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    if (typeof maybe === 'string') id = maybe;
  }
  return id;
}

// A loaded file read through its schema: a file that does not match is a
// malformed load (never retried), named with the first place it goes wrong.
import * as z from 'zod/mini';
import { LoadFailure } from '../lib/load.ts';

/** Where a zod error first goes wrong, as `regions.0.name: message`. */
function firstProblem(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'does not match';
  return issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message;
}

/** `raw` as the schema reads it, or a malformed LoadFailure saying what was expected and where it is not. */
export function parseFile<T extends z.core.$ZodType>(schema: T, raw: unknown, url: string, what: string): z.infer<T> {
  const result = z.safeParse(schema, raw);
  if (!result.success) throw new LoadFailure('malformed', url, `expected ${what} (${firstProblem(result.error)})`);
  return result.data;
}

/** The same for a step that parses with zod itself (`schema.parse`): its error becomes a malformed load. */
export function readingFile<T>(url: string, what: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof z.core.$ZodError) throw new LoadFailure('malformed', url, `expected ${what} (${firstProblem(error)})`);
    throw error;
  }
}

// Records as columns, for the files the app loads. A corpus of 70,000 indicators
// repeats the same labels, units, periods, regions and articles over and over:
// each such field is stored once per distinct value, and rows refer to it by
// position. Pure and generic: the wire format is not tied to one record type.

import * as z from 'zod/mini';

/** A column is either the values themselves or a dictionary of distinct values and one reference per row (-1: absent). */
const columnSchema = z.union([
  z.object({ values: z.array(z.unknown()) }),
  z.object({ dict: z.array(z.unknown()), refs: z.array(z.int().check(z.minimum(-1))) }),
]);
export const columnsSchema = z.object({
  length: z.int().check(z.minimum(0)),
  columns: z.record(z.string(), columnSchema),
});
export type Column = z.infer<typeof columnSchema>;
export type Columns = z.infer<typeof columnsSchema>;

export function toColumns<T extends object>(
  rows: readonly T[],
  dictionaryKeys: readonly (keyof T & string)[],
): Columns {
  const keys = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) keys.add(key);
  const columns: Record<string, Column> = {};
  for (const key of keys) {
    const read = (row: T) => (row as Record<string, unknown>)[key];
    if (!(dictionaryKeys as readonly string[]).includes(key)) {
      // null marks an absent optional field; it is left out again when read back.
      columns[key] = { values: rows.map((row) => read(row) ?? null) };
      continue;
    }
    const dict: unknown[] = [];
    const positions = new Map<string, number>();
    const refs = rows.map((row) => {
      const value = read(row);
      if (value === undefined) return -1;
      const key = JSON.stringify(value);
      let at = positions.get(key);
      if (at === undefined) {
        at = dict.push(value) - 1;
        positions.set(key, at);
      }
      return at;
    });
    columns[key] = { dict, refs };
  }
  return { length: rows.length, columns };
}

/**
 * The records back, as plain objects for a schema to read (app-data.ts). Dictionary
 * values are shared between the rows that refer to them: treat them as read-only.
 */
export function fromColumns({ length, columns }: Columns): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = Array.from({ length }, () => ({}));
  for (const [key, column] of Object.entries(columns)) {
    if ('values' in column) {
      column.values.forEach((value, n) => {
        if (value !== null) rows[n]![key] = value;
      });
    } else {
      column.refs.forEach((ref, n) => {
        if (ref >= 0) rows[n]![key] = column.dict[ref];
      });
    }
  }
  return rows;
}

/** The rows at `positions`, in that order, as columns again: each dictionary keeps only the values those rows use. */
export function pickRows({ columns }: Columns, positions: readonly number[]): Columns {
  const picked: Record<string, Column> = {};
  for (const [key, column] of Object.entries(columns)) {
    if ('values' in column) {
      picked[key] = { values: positions.map((n) => column.values[n] ?? null) };
      continue;
    }
    const dict: unknown[] = [];
    const moved = new Map<number, number>();
    const refs = positions.map((n) => {
      const ref = column.refs[n] ?? -1;
      if (ref < 0) return -1;
      let at = moved.get(ref);
      if (at === undefined) {
        at = dict.push(column.dict[ref]) - 1;
        moved.set(ref, at);
      }
      return at;
    });
    picked[key] = { dict, refs };
  }
  return { length: positions.length, columns: picked };
}

/** Each row's value of one column (undefined where absent), without building the rows. */
export function columnValues({ length, columns }: Columns, key: string): unknown[] {
  const column = columns[key];
  if (!column) return Array.from({ length }, () => undefined);
  if ('values' in column) return column.values.map((value) => (value === null ? undefined : value));
  return column.refs.map((ref) => (ref >= 0 ? column.dict[ref] : undefined));
}

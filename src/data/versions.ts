// The record of another dataset version (pipeline/version-record.ts), loaded
// only when a link names a version other than this build's, and what it says
// about the figure the link points at.
import * as z from 'zod/mini';
import { expect, fetchJson, load, type Load } from '../lib/load.ts';
import { parseFile } from './parse-file.ts';

const versionRecordSchema = z.object({
  version: z.string(),
  indicators: z.record(z.string(), z.object({ value: z.number(), unit: z.string(), quote: z.string() })),
});
export type VersionRecord = z.infer<typeof versionRecordSchema>;

const VERSION = /^[0-9a-f]{8}$/;

/** The record of a version; the version must be 8 hex digits (the codec has checked it). */
export function loadVersionRecord(version: string): Load<VersionRecord> {
  return load(`data:version:${version}`, async (signal) => {
    const url = `/data/versions/${VERSION.test(version) ? version : 'invalid'}.json`;
    const record = parseFile(versionRecordSchema, await fetchJson(url, signal), url, 'a version record');
    expect(record.version === version, url, `the record of version ${version}, not of ${record.version}`);
    return record;
  });
}

export type FigureChange =
  | { kind: 'same' }
  | { kind: 'changed'; value: boolean; unit: boolean; quote: boolean; was: { value: number; unit: string } }
  | { kind: 'gone' }
  | { kind: 'unknown' };

/** What became of one figure between the link's version and this one. */
export function figureChange(then: VersionRecord, now: VersionRecord, id: string): FigureChange {
  const old = Object.hasOwn(then.indicators, id) ? then.indicators[id] : undefined;
  const current = Object.hasOwn(now.indicators, id) ? now.indicators[id] : undefined;
  if (!old) return current ? { kind: 'unknown' } : { kind: 'gone' };
  if (!current) return { kind: 'gone' };
  const value = old.value !== current.value;
  const unit = old.unit !== current.unit;
  const quote = old.quote !== current.quote;
  return value || unit || quote ? { kind: 'changed', value, unit, quote, was: { value: old.value, unit: old.unit } } : { kind: 'same' };
}

// The record of another dataset version (pipeline/version-record.ts), loaded
// only when a link names a version other than this build's, and what it says
// about the figure the link points at.
import { expect, fetchJson, load, type Load } from '../lib/load.ts';

export interface VersionRecord {
  version: string;
  indicators: Record<string, { value: number; unit: string; quote: string }>;
}

const VERSION = /^[0-9a-f]{8}$/;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The record of a version; the version must be 8 hex digits (the codec has checked it). */
export function loadVersionRecord(version: string): Load<VersionRecord> {
  return load(`data:version:${version}`, async (signal) => {
    const url = `/data/versions/${VERSION.test(version) ? version : 'invalid'}.json`;
    const raw = await fetchJson(url, signal);
    expect(isObject(raw) && raw.version === version && isObject(raw.indicators), url, 'a version record');
    return raw as VersionRecord;
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

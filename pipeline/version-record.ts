// A dataset's version and its small record: the short hash of data/dataset.json
// as committed, and for each indicator its value, unit and a hash of its
// sentence. A link carries the version (`v=`); opened against another version,
// the app compares the two records for the linked figure. Records of released
// versions are kept in data/versions/<version>.json (`npm run data:version`),
// never the old datasets whole.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const VERSIONS_DIR = 'data/versions';

export interface VersionRecord {
  version: string;
  indicators: Record<string, { value: number; unit: string; quote: string }>;
}

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The version of a dataset file: the first 8 hex digits of its sha256. */
export const datasetVersion = (datasetText: string) => sha(datasetText).slice(0, 8);

/** The record of a dataset file. */
export function versionRecord(datasetText: string): VersionRecord {
  const dataset = JSON.parse(datasetText) as {
    indicators: { id: string; value: number; unit: string; quote: string }[];
  };
  const indicators: VersionRecord['indicators'] = {};
  for (const i of dataset.indicators)
    indicators[i.id] = { value: i.value, unit: i.unit, quote: sha(i.quote).slice(0, 12) };
  return { version: datasetVersion(datasetText), indicators };
}

/** The records kept in data/versions, by version (each file's name is its version). */
export function keptRecords(dir = VERSIONS_DIR): Map<string, string> {
  const kept = new Map<string, string>();
  if (!existsSync(dir)) return kept;
  for (const name of readdirSync(dir)) {
    const match = /^([0-9a-f]{8})\.json$/.exec(name);
    if (match) kept.set(match[1]!, readFileSync(join(dir, name), 'utf8'));
  }
  return kept;
}

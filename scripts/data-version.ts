// `npm run data:version`: writes the current dataset's version record to
// data/versions/<version>.json (see pipeline/version-record.ts). Run when a
// dataset is released; commit the file. Older records stay as they are.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERSIONS_DIR, versionRecord } from '../pipeline/version-record.ts';

const datasetPath = process.argv[2] ?? 'data/dataset.json';
const record = versionRecord(readFileSync(datasetPath, 'utf8'));
mkdirSync(VERSIONS_DIR, { recursive: true });
const path = join(VERSIONS_DIR, `${record.version}.json`);
writeFileSync(path, `${JSON.stringify(record, null, 1)}\n`);
console.log(`wrote ${path} (${Object.keys(record.indicators).length} indicators)`);

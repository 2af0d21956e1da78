// The one dataset a build and its tests read: data/dataset.json, or the file
// PULSE_DATASET names (relative to the folder the command runs in). The build
// (vite.config.ts), the unit tests that read the dataset (src/testing/dataset.ts,
// vitest.config.ts) and the end-to-end specs all take it from here, so
// `PULSE_DATASET=/path/dataset.json npm run test:e2e` checks a build against its own data.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DATASET_PATH = process.env.PULSE_DATASET
  ? resolve(process.env.PULSE_DATASET)
  : join(import.meta.dirname, '..', 'data', 'dataset.json');

/** The dataset's text, exactly as the build reads it (its sha256 is the dataset's version). */
export const datasetText = (): string => readFileSync(DATASET_PATH, 'utf8');

/** The dataset, parsed; the caller names the shape it reads. */
export const readDataset = <T = unknown>(): T => JSON.parse(datasetText()) as T;

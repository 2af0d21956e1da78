// The real page and annotations, read once for the pipeline's tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../cli.ts';

export const DATA_DIR = join(import.meta.dirname, '..', '..', 'data');
export const PAGE_FILE = join(DATA_DIR, 'raw', '2022-page-01.txt');
export const pageText = () => readFileSync(PAGE_FILE, 'utf8');
export const realInputs = () => readInputs(DATA_DIR);

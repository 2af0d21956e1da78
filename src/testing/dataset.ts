// The real committed dataset, in the form the app loads it, for unit tests.
import raw from '../../data/dataset.json';
import { toAppData } from '../domain/app-data.ts';
import type { Dataset } from '../domain/schema.ts';
import { indexDataset } from '../data/dataset-index.ts';

export const dataset = raw as Dataset;
export const index = indexDataset(toAppData(dataset).index);
export const indicator = (id: string) => {
  const found = index.indicatorById.get(id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};

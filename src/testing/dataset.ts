// The real committed dataset, indexed, for unit tests of selectors and builders.
import raw from '../../data/dataset.json';
import type { Dataset } from '../domain/schema.ts';
import { indexDataset } from '../data/dataset-index.ts';

export const dataset = raw as Dataset;
export const index = indexDataset(dataset);
export const indicator = (id: string) => {
  const found = index.indicatorById.get(id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};

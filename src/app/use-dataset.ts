// Suspends until the dataset is loaded; every component shares the one fetch.
import { use } from 'react';
import type { DatasetIndex } from '../data/dataset-index.ts';
import { loadDataset } from '../data/load-dataset.ts';

export function useDataset(): DatasetIndex {
  return use(loadDataset());
}

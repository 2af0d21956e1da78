// Loads the dataset once per page; every view reads the same promise.
import datasetUrl from '../../data/dataset.json?url';
import type { Dataset } from '../domain/schema.ts';
import { indexDataset, type DatasetIndex } from './dataset-index.ts';

let pending: Promise<DatasetIndex> | undefined;

export function loadDataset(): Promise<DatasetIndex> {
  pending ??= fetch(datasetUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`dataset: HTTP ${response.status}`);
      return response.json() as Promise<Dataset>;
    })
    .then((dataset) => {
      performance.mark('pulse:data-ready');
      return indexDataset(dataset);
    })
    .catch((error: unknown) => {
      pending = undefined; // let a retry fetch again
      throw error;
    });
  return pending;
}

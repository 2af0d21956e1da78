// The real committed dataset, in the form the app loads it, for unit tests.
import raw from '../../data/dataset.json';
import { readAppIndex, toAppData } from '../domain/app-data.ts';
import type { Dataset } from '../domain/schema.ts';
import { indexDataset, withQuotes } from '../data/dataset-index.ts';

export const dataset = raw as Dataset;
const appData = toAppData(dataset);
/** The index as a page first has it: quotes not yet loaded. */
export const indexWithoutQuotes = indexDataset(readAppIndex(appData.index));
export const index = withQuotes(indexWithoutQuotes, appData.quotes);
export const indicator = (id: string) => {
  const found = index.indicatorById.get(id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};

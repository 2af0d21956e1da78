// The dataset the build reads (data/dataset.json, or PULSE_DATASET's file), in
// the form the app loads it, for unit tests.
import { readDataset } from '../../scripts/dataset-path.ts';
import { readAppIndex, toAppData } from '../domain/app-data.ts';
import type { Dataset } from '../domain/schema.ts';
import { indexDataset, withQuotes } from '../data/dataset-index.ts';

export const dataset = readDataset<Dataset>();
const appData = toAppData(dataset);
/** The index as a page first has it: quotes not yet loaded. */
export const indexWithoutQuotes = indexDataset(readAppIndex(appData.index));
export const index = withQuotes(indexWithoutQuotes, appData.quotes);
export const indicator = (id: string) => {
  const found = index.indicatorById.get(id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};

/** A dataset in the form the app loads it, with its quotes. */
export const indexOf = (data: Dataset) => {
  const files = toAppData(data);
  return withQuotes(indexDataset(readAppIndex(files.index)), files.quotes);
};

/**
 * The dataset with one place's figures taken out (and its stories, and the
 * headline figures they were): a place whose article reports no figure.
 */
export function withoutFiguresOf(data: Dataset, regionId: string): Dataset {
  const kept = data.indicators.filter((i) => i.regionId !== regionId);
  const ids = new Set(kept.map((i) => i.id));
  return {
    ...data,
    indicators: kept,
    stories: data.stories.filter((s) => s.regionId !== regionId),
    headlineIndicatorIds: data.headlineIndicatorIds.filter((id) => ids.has(id)),
  };
}

/**
 * Places whose articles report no figure, each with a dataset that has it: the
 * dataset's own such places (the seed page has one), and always one built from
 * it, the last place with figures with them taken out. Tests of the "no figures"
 * views run on each, whatever pages the data holds.
 */
export function placesWithoutFigures(data: Dataset = dataset): { name: string; regionId: string; dataset: Dataset }[] {
  const counted = new Set(data.indicators.map((i) => i.regionId));
  const reported = data.regions.filter((r) => data.articles.some((a) => a.regionId === r.id));
  const own = reported
    .filter((r) => !counted.has(r.id))
    .map((r) => ({ name: `${r.id}, as the data has it`, regionId: r.id, dataset: data }));
  const built = reported.filter((r) => counted.has(r.id)).at(-1);
  return [
    ...own,
    ...(built
      ? [{ name: `${built.id}, its figures taken out`, regionId: built.id, dataset: withoutFiguresOf(data, built.id) }]
      : []),
  ];
}

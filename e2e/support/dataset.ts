// The dataset the build under test was made from (data/dataset.json, or the file
// PULSE_DATASET names: scripts/dataset-path.ts), as the oracle of every spec:
// counts, places and figures are derived from it, never written down.
import { createHash } from 'node:crypto';
import type { Dataset } from '../../src/domain/schema.ts';
import { datasetText } from '../../scripts/dataset-path.ts';

const text = datasetText();
export const dataset = JSON.parse(text) as Dataset;

/** The dataset's version, as links carry it (`v=`): the first 8 hex digits of its sha256. */
export const VERSION = createHash('sha256').update(text).digest('hex').slice(0, 8);

export const figuresOf = (regionId: string) => dataset.indicators.filter((i) => i.regionId === regionId);
export const regionById = (id: string) => dataset.regions.find((r) => r.id === id)!;

/** Places the data reports on (at least one article). */
export const reportedPlaces = dataset.regions.filter((r) => dataset.articles.some((a) => a.regionId === r.id));
/** A place whose articles give no figure, if the data has one (the seed page's Anning does). */
export const QUIET = reportedPlaces.find((r) => figuresOf(r.id).length === 0);
export const NO_QUIET_PLACE =
  'no place in this dataset reports no figures (unit tests cover the view on a fixture: src/testing/dataset.ts)';

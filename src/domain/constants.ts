// The dataset's closed vocabularies, kept apart from the zod schema so the app
// can use them without shipping zod.
export const SCHEMA_VERSION = 1;

export const REGION_IDS = ['jingmen', 'tongnan', 'shushan', 'linjiang', 'anning', 'zoucheng'] as const;

export const APPROX = ['exact', 'over', 'about', 'under'] as const;
export const STATUS = ['actual', 'forecast', 'target', 'rank'] as const;
export const UNIT_FAMILIES = [
  'currency', 'percent', 'mass', 'area', 'energy', 'volume', 'length', 'count', 'person-times',
  'rank', 'index', 'duration',
] as const;

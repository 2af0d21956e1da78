// The view a link reopens, as types: shared by the URL codec (which parses and
// writes it), the selectors (which read it) and the formatters (which need the
// language). The codec itself lives in src/url.
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];
export type SortKey = 'region' | 'label' | 'value' | 'period';
export type SortDir = 'asc' | 'desc';

export interface ViewState {
  regions: string[];
  sectors: string[];
  q: string;
  lang: Lang;
  /** The measure the explorer compares (names its group of comparable measures); '' for the first offered. */
  measure: string;
  /** Explorer shows every bar instead of the top N. */
  all: boolean;
  sort: SortKey;
  dir: SortDir;
  /** The article view's active indicator, whose sentence is marked. */
  indicator: string;
  /** The dataset version the link was made against (`v=`, 8 hex digits); '' when it does not say. */
  version: string;
}

// The view-state codec: the query string is the single source of shareable state.
// parse() never throws: each parameter is valid, invalid (reported, then ignored)
// or missing (default). serialize() writes only what differs from the defaults, in
// a fixed order, so one view has one URL.
import type { Lang, SortKey, ViewState } from '../domain/view.ts';

export const DEFAULT_VIEW: ViewState = {
  regions: [],
  sectors: [],
  q: '',
  lang: 'zh',
  measure: '',
  all: false,
  sort: 'region',
  dir: 'asc',
  indicator: '',
  version: '',
};

export type ParamResult<T> =
  { status: 'valid'; value: T } | { status: 'invalid'; rawValue: string; reason: string } | { status: 'missing' };

export interface ParseNote {
  param: string;
  rawValue: string;
  reason: string;
}

/** What ids are valid depends on the dataset, so the parser is told them. */
export interface Vocabulary {
  regionIds: ReadonlySet<string>;
  sectorIds: ReadonlySet<string>;
  indicatorById: ReadonlyMap<string, unknown>;
  measureById: ReadonlyMap<string, unknown>;
}

const SORT_KEYS: readonly SortKey[] = ['region', 'label', 'value', 'period'];
const MAX_QUERY = 100;
/** A dataset version as links carry it: the first 8 hex digits of the dataset's sha256. */
export const VERSION_PATTERN = /^[0-9a-f]{8}$/;

/**
 * The search as kept: trimmed, at most MAX_QUERY characters (never half a
 * surrogate pair), lone surrogates made U+FFFD as a URL would write them: so
 * what is written back parses to the same query.
 */
function cleanQuery(raw: string): string {
  const whole = raw.replace(/\p{Cs}/gu, '\ufffd').trim();
  return Array.from(whole).slice(0, MAX_QUERY).join('').trim();
}

function parseIdList(raw: string | null, known: ReadonlySet<string>): ParamResult<string[]> & { unknown?: string[] } {
  if (raw === null) return { status: 'missing' };
  const ids = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = ids.filter((id) => !known.has(id));
  const value = [...new Set(ids.filter((id) => known.has(id)))];
  if (unknown.length) return { status: 'invalid', rawValue: unknown.join(','), reason: 'unknown id' };
  return { status: 'valid', value };
}

function parseEnum<T extends string>(raw: string | null, options: readonly T[]): ParamResult<T> {
  if (raw === null) return { status: 'missing' };
  return (options as readonly string[]).includes(raw)
    ? { status: 'valid', value: raw as T }
    : { status: 'invalid', rawValue: raw, reason: 'not one of ' + options.join(', ') };
}

export function parseViewState(
  params: URLSearchParams,
  vocabulary: Vocabulary,
): { view: ViewState; notes: ParseNote[] } {
  const notes: ParseNote[] = [];
  const take = <T>(param: string, result: ParamResult<T>, fallback: T): T => {
    if (result.status === 'valid') return result.value;
    if (result.status === 'invalid') notes.push({ param, rawValue: result.rawValue, reason: result.reason });
    return fallback;
  };
  // A list with some unknown ids keeps the known ones and reports the rest.
  const ids = (param: string, known: ReadonlySet<string>) => {
    const raw = params.get(param);
    const result = parseIdList(raw, known);
    if (result.status !== 'invalid') return take(param, result, []);
    notes.push({ param, rawValue: result.rawValue, reason: result.reason });
    return [
      ...new Set(
        (raw ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter((id) => known.has(id)),
      ),
    ];
  };
  const q = params.get('q');
  const all = params.get('all');
  const indicator = params.get('indicator');
  const version = params.get('v');
  const knownId = (raw: string | null, known: ReadonlyMap<string, unknown>): ParamResult<string> =>
    raw === null
      ? { status: 'missing' }
      : known.has(raw)
        ? { status: 'valid', value: raw }
        : { status: 'invalid', rawValue: raw, reason: 'unknown id' };
  return {
    view: {
      regions: ids('region', vocabulary.regionIds),
      sectors: ids('sector', vocabulary.sectorIds),
      q: q === null ? '' : cleanQuery(q),
      lang: take('lang', parseEnum(params.get('lang'), ['zh', 'en'] as const), DEFAULT_VIEW.lang),
      measure: take('measure', knownId(params.get('measure'), vocabulary.measureById), DEFAULT_VIEW.measure),
      all: take(
        'all',
        all === null
          ? { status: 'missing' }
          : all === '1'
            ? { status: 'valid', value: true }
            : { status: 'invalid', rawValue: all, reason: 'expected 1' },
        false,
      ),
      sort: take('sort', parseEnum(params.get('sort'), SORT_KEYS), DEFAULT_VIEW.sort),
      dir: take('dir', parseEnum(params.get('dir'), ['asc', 'desc'] as const), DEFAULT_VIEW.dir),
      indicator: take('indicator', knownId(indicator, vocabulary.indicatorById), ''),
      version: take(
        'v',
        version === null
          ? { status: 'missing' }
          : VERSION_PATTERN.test(version)
            ? { status: 'valid', value: version }
            : { status: 'invalid', rawValue: version, reason: 'expected 8 hex digits' },
        '',
      ),
    },
    notes,
  };
}

/** Query string for a view, without the leading "?"; empty for the default view. */
export function serializeViewState(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.regions.length) params.set('region', [...view.regions].sort().join(','));
  if (view.sectors.length) params.set('sector', [...view.sectors].sort().join(','));
  if (view.q) params.set('q', view.q);
  if (view.lang !== DEFAULT_VIEW.lang) params.set('lang', view.lang);
  if (view.measure) params.set('measure', view.measure);
  if (view.all) params.set('all', '1');
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort);
  if (view.dir !== DEFAULT_VIEW.dir) params.set('dir', view.dir);
  if (view.indicator) params.set('indicator', view.indicator);
  if (view.version) params.set('v', view.version);
  // Commas in id lists read better unescaped, and are safe in a query string.
  return params.toString().replace(/%2C/g, ',');
}

/** Toggles one id in a list, keeping the list sorted. */
export function toggleId(list: string[], id: string): string[] {
  return (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]).sort();
}

/**
 * The language alone, for what renders before the dataset (and so the full
 * parse) is there: the loading view and the error screen. Same rule as parse.
 */
export function langFromSearch(search: string): Lang {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'zh';
}

/**
 * The same query in `lang`, every other parameter kept as it is: for the
 * language switch where there is no view state (no index, or its strings failed).
 */
export function searchInLang(search: string, lang: Lang): string {
  const params = new URLSearchParams(search);
  if (lang === 'en') params.set('lang', 'en');
  else params.delete('lang');
  const query = params.toString();
  return query ? `?${query}` : '';
}

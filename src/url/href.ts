// Links between views that carry parts of the current view state along.
import type { ViewState } from '../domain/view.ts';
import { DEFAULT_VIEW, serializeViewState } from './view-state.ts';

/** A link to another view that keeps the given parts of the current view state. */
export function hrefWith(
  path: string,
  view: ViewState,
  keep: (keyof ViewState)[],
  extra: Record<string, string> = {},
): string {
  const kept: Partial<ViewState> = {};
  for (const key of keep) (kept as Record<string, unknown>)[key] = view[key];
  const params = new URLSearchParams(serializeViewState({ ...DEFAULT_VIEW, ...kept }));
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const qs = params.toString().replace(/%2C/g, ',');
  return qs ? `${path}?${qs}` : path;
}

/**
 * Links to indicators' sentences in their articles, keeping the language: the
 * same strings as hrefWith, with the kept part built once for a whole table.
 */
export function sentenceHrefs(view: ViewState): (indicator: { articleId: string; id: string }) => string {
  const kept = hrefWith('', view, ['lang']);
  const join = kept ? `${kept}&indicator=` : '?indicator=';
  return (i) => `/article/${i.articleId}${join}${encodeURIComponent(i.id)}`;
}

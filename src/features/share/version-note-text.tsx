// What a link made against another version of the dataset is told (loaded by
// version-note.tsx only then): the two versions, and for a link to one figure
// (`/indicator/:id` or `?indicator=`) whether that figure's value, unit or
// sentence changed since, or that it no longer exists.
import { useLocation } from 'react-router';
import { datasetVersion } from '../../data/load-dataset.ts';
import { figureChange, loadVersionRecord } from '../../data/versions.ts';
import { formatNumber } from '../../format/number.ts';
import { listOf } from '../../format/label.ts';
import { useLoadState } from '../../hooks/use-load.ts';
import { useLang, useT, useViewState } from '../../hooks/view-context.tsx';

/** The indicator a link points at, as written in it (known here or not). */
function linkedIndicator(pathname: string, search: string): string {
  const path = /^\/indicator\/([^/]+)/.exec(pathname);
  if (path) {
    try {
      return decodeURIComponent(path[1]!);
    } catch {
      return '';
    }
  }
  return new URLSearchParams(search).get('indicator') ?? '';
}

export function VersionNoteText() {
  const { view } = useViewState();
  const { pathname, search } = useLocation();
  const t = useT();
  const lang = useLang();
  const then = useLoadState(loadVersionRecord(view.version));
  const now = useLoadState(loadVersionRecord(datasetVersion));
  const id = linkedIndicator(pathname, search);
  let figure = '';
  if (id) {
    if (then.status === 'error' || now.status === 'error') figure = t('versionNoRecord');
    else if (then.status === 'ok' && now.status === 'ok') {
      const change = figureChange(then.value, now.value, id);
      if (change.kind === 'same') figure = t('versionSame');
      else if (change.kind === 'gone') figure = t('versionGone');
      else if (change.kind === 'changed') {
        const what = [
          change.value && t('versionValue'),
          change.unit && t('versionUnit'),
          change.quote && t('versionQuote'),
        ].filter((w): w is string => Boolean(w));
        figure = t('versionChanged', {
          what: listOf(what, lang),
          was: `${formatNumber(change.was.value, lang)}${lang === 'zh' ? '' : ' '}${change.was.unit}`,
        });
      }
    }
  }
  return (
    <p className="param-notes version-note" role="note">
      {t('versionOther', { then: view.version, now: datasetVersion })} {figure}
    </p>
  );
}

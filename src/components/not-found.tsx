import { Link, useLocation } from 'react-router';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useIndex, useLang, useT, useViewState } from '../hooks/view-context.tsx';
import type { DatasetIndex } from '../data/dataset-index.ts';
import type { Lang } from '../domain/view.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { excerpt } from '../url/excerpt.ts';
import { hrefWith } from '../url/href.ts';
import { nearestId } from '../url/nearest-id.ts';

/** The kinds of address that name an id, and how to list and name their ids. */
const KINDS: { prefix: string; kind: MessageKey; ids: (index: DatasetIndex, lang: Lang) => Map<string, string> }[] = [
  {
    prefix: '/region/',
    kind: 'kindRegion',
    ids: (index, lang) => new Map(index.dataset.regions.map((r) => [r.id, r.name[lang]])),
  },
  {
    prefix: '/article/',
    kind: 'kindArticle',
    ids: (index) => new Map(index.dataset.articles.map((a) => [a.id, a.headline])),
  },
  {
    prefix: '/indicator/',
    kind: 'kindIndicator',
    ids: (index, lang) => new Map(index.dataset.indicators.map((i) => [i.id, i.label[lang]])),
  },
  {
    prefix: '/embed/region/',
    kind: 'kindRegion',
    ids: (index, lang) => new Map(index.dataset.regions.map((r) => [r.id, r.name[lang]])),
  },
  {
    prefix: '/embed/story/',
    kind: 'kindStory',
    ids: (index, lang) => new Map(index.dataset.stories.map((s) => [s.id, s.title[lang]])),
  },
];

/** A segment as the reader typed it, decoded once when it can be (an invalid escape is shown as it is). */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** At most this many places are listed when no id is near. */
const PLACES_LISTED = 12;

/**
 * A link to nothing: says so, leads back to the overview in the same language,
 * and for an address that names an id (`/region/…`, `/article/…`, …) says which
 * id it asked for, with every invisible character written out, and the real id
 * it most likely meant (src/url/nearest-id.ts), or the places when none is near.
 * A dot segment (`/region/..`, `%2e%2e`) is resolved by the browser before any
 * page sees it: what reaches a view is whatever is left, handled the same way.
 */
export function NotFound() {
  const t = useT();
  const lang = useLang();
  const index = useIndex();
  const { view } = useViewState();
  const { pathname } = useLocation();
  useDocumentTitle(t('notFound'));
  // The longest prefix first: /embed/region/ before /region/.
  const match = [...KINDS].sort((a, b) => b.prefix.length - a.prefix.length).find((k) => pathname.startsWith(k.prefix));
  const asked = match ? decoded(pathname.slice(match.prefix.length)) : '';
  const ids = match ? match.ids(index, lang) : new Map<string, string>();
  const nearest = match && asked ? nearestId(asked, ids.keys()) : undefined;
  const to = (id: string) => hrefWith(`${match!.prefix}${id}`, view, ['lang']);
  return (
    <div className="page not-found">
      <h1 className="page-title">{t('notFound')}</h1>
      <p>{t('notFoundBody')}</p>
      {match && asked && <p className="not-found-id">{t('notFoundId', { id: excerpt(asked), kind: t(match.kind) })}</p>}
      {nearest !== undefined && (
        <p className="not-found-nearest">
          {t('notFoundNearest')}{' '}
          <Link to={to(nearest)} lang={match!.kind === 'kindArticle' ? 'zh-CN' : undefined}>
            {ids.get(nearest)}
          </Link>{' '}
          <code>{nearest}</code>
        </p>
      )}
      {match && nearest === undefined && match.kind === 'kindRegion' && (
        <nav className="not-found-places" aria-label={t('notFoundPlaces')}>
          {t('notFoundPlaces')}{' '}
          {[...ids].slice(0, PLACES_LISTED).map(([id, name], n) => (
            <span key={id}>
              {n > 0 && ' · '}
              <Link to={to(id)}>{name}</Link>
            </span>
          ))}
        </nav>
      )}
      <p>
        <Link className="button primary" to={hrefWith('/', view, ['lang'])}>
          {t('backHome')}
        </Link>
      </p>
    </div>
  );
}

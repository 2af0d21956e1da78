import { ShowMore, usePageLimit } from '../../components/paging.tsx';
import { RouteLink } from '../../components/route-link.tsx';
import { useIndex, useLang, usePalette, useT, useViewState, useWithWholeIndex } from '../../hooks/view-context.tsx';
import { articleTotal } from '../../data/selectors.ts';
import type { ArticleSummary } from '../../domain/app-data.ts';
import { hrefWith } from '../../url/href.ts';

/** Articles listed at a time: a corpus of thousands stays a short list with a "more" button. */
export const ARTICLE_PAGE = 20;

export function ArticleList({ articles }: { articles: ArticleSummary[] }) {
  const index = useIndex();
  const lang = useLang();
  const { view } = useViewState();
  const t = useT();
  const palette = usePalette();
  // On the overview's own data the list holds its first page; the rest comes with the whole index.
  const { limit, showMore } = usePageLimit(ARTICLE_PAGE, ARTICLE_PAGE, !index.overview);
  const withWhole = useWithWholeIndex();
  const total = articleTotal(index, articles);
  if (total === 0) return null;
  // The kept part of the link (the language) is the same for every article.
  const query = hrefWith('', view, ['lang']);
  return (
    <section aria-labelledby="articles-title">
      <h2 id="articles-title">{t('articles')}</h2>
      <ul className="article-list">
        {articles.slice(0, limit).map((a) => {
          const count = a.indicatorCount;
          return (
            <li key={a.id} style={{ borderLeftColor: palette.region[a.regionId] }}>
              <RouteLink to={`/article/${a.id}${query}`} lang="zh-CN" className="article-link">
                {a.headline}
              </RouteLink>
              {lang === 'en' && (
                <span className="gloss clamp" lang="en" title={a.headlineEn}>
                  {a.headlineEn}
                </span>
              )}
              <span className="note">
                <RouteLink
                  to={`/region/${a.regionId}${query}`}
                  className="clamp"
                  title={index.regionById.get(a.regionId)?.name[lang]}
                >
                  {index.regionById.get(a.regionId)?.name[lang]}
                </RouteLink>{' '}
                · {t('indicatorsCount', { n: count })}
              </span>
            </li>
          );
        })}
      </ul>
      {/* Paper has no "show more": on the overview's own data it says what it left out. */}
      {index.overview && total > Math.min(limit, articles.length) && (
        <p className="note print-note">
          {t('printedFirstArticles', { shown: Math.min(limit, articles.length), n: total })}
        </p>
      )}
      <ShowMore left={total - limit} label={t('showMore', { n: total - limit })} onClick={() => withWhole(showMore)} />
    </section>
  );
}

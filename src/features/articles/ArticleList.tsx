import { useState } from 'react';
import { RouteLink } from '../../app/route-link.tsx';
import type { ViewContext } from '../../app/view-context.tsx';
import type { ArticleSummary } from '../../domain/app-data.ts';
import { hrefWith } from '../../url/href.ts';

/** Articles listed at a time: a corpus of thousands stays a short list with a "more" button. */
export const ARTICLE_PAGE = 20;

export function ArticleList({ ctx, articles }: { ctx: ViewContext; articles: ArticleSummary[] }) {
  const { index, lang, view, t } = ctx;
  // A new result starts again at its first page.
  const [shown, setShown] = useState({ articles, limit: ARTICLE_PAGE });
  const limit = shown.articles === articles ? shown.limit : ARTICLE_PAGE;
  if (articles.length === 0) return null;
  // The kept part of the link (the language) is the same for every article.
  const query = hrefWith('', view, ['lang']);
  return (
    <section aria-labelledby="articles-title">
      <h2 id="articles-title">{t('articles')}</h2>
      <ul className="article-list">
        {articles.slice(0, limit).map((a) => {
          const count = a.indicatorCount;
          return (
            <li key={a.id} style={{ borderLeftColor: ctx.palette.region[a.regionId] }}>
              <RouteLink to={`/article/${a.id}${query}`} lang="zh-CN" className="article-link">
                {a.headline}
              </RouteLink>
              <span className="note">
                {index.regionById.get(a.regionId)?.name[lang]} · {count ? t('indicatorsCount', { n: count }) : t('noFigures')}
              </span>
            </li>
          );
        })}
      </ul>
      {articles.length > limit && (
        <button type="button" className="button more" onClick={() => setShown({ articles, limit: limit + ARTICLE_PAGE })}>
          {t('showMore', { n: articles.length - limit })}
        </button>
      )}
    </section>
  );
}

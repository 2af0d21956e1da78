import { Link } from 'react-router';
import type { ViewContext } from '../../app/view-context.tsx';
import type { ArticleSummary } from '../../domain/app-data.ts';
import { hrefWith } from '../../url/href.ts';

export function ArticleList({ ctx, articles }: { ctx: ViewContext; articles: ArticleSummary[] }) {
  const { index, lang, view, t } = ctx;
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="articles-title">
      <h2 id="articles-title">{t('articles')}</h2>
      <ul className="article-list">
        {articles.map((a) => {
          const count = a.indicatorCount;
          return (
            <li key={a.id} style={{ borderLeftColor: ctx.palette.region[a.regionId] }}>
              <Link to={hrefWith(`/article/${a.id}`, view, ['lang'])} lang="zh-CN" className="article-link">
                {a.headline}
              </Link>
              <span className="note">
                {index.regionById.get(a.regionId)?.name[lang]} · {count ? t('indicatorsCount', { n: count }) : t('noFigures')}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

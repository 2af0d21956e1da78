// `/article/:articleId?indicator=ID`: the reconstructed article with its numbers marked.
import { use } from 'react';
import { useParams } from 'react-router';
import type { ArticleSummary } from '../../domain/app-data.ts';
import { loadArticleChunk } from '../../data/load-dataset.ts';
import { ArticleReader } from '../../features/article-reader/ArticleReader.tsx';
import { NotFound } from '../not-found.tsx';
import { useDocumentTitle } from '../use-document-title.ts';
import { useView } from '../view-context.tsx';

export function Component() {
  const ctx = useView();
  const { index, view, t } = ctx;
  const { articleId = '' } = useParams();
  const article = index.articleById.get(articleId);
  useDocumentTitle(article ? `${article.headline} · ${t('appName')}` : t('notFound'));
  if (!article) return <NotFound ctx={ctx} />;
  const candidate = index.indicatorById.get(view.indicator);
  // An indicator from another article cannot be marked here: say so rather than ignore it silently.
  const active = candidate?.articleId === article.id ? candidate : undefined;
  return (
    <div className="page">
      {candidate && !active && (
        <p className="param-notes" role="note">
          {t('ignoredParams')} indicator={view.indicator}
        </p>
      )}
      <ArticleText ctx={ctx} article={article} active={active} />
    </div>
  );
}

/** Suspends until the article's text chunk has loaded. */
function ArticleText(props: { ctx: ReturnType<typeof useView>; article: ArticleSummary; active: Parameters<typeof ArticleReader>[0]['active'] }) {
  const chunk = use(loadArticleChunk(props.article.id));
  return <ArticleReader {...props} chunk={chunk} />;
}

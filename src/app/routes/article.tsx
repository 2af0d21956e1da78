// `/article/:articleId?indicator=ID`: the reconstructed article with its numbers marked.
import { useParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { LoadFailed } from '../../components/load-failed.tsx';
import { NotFound } from '../../components/not-found.tsx';
import { loadArticleChunk } from '../../data/load-dataset.ts';
import type { ArticleSummary, IndicatorSummary } from '../../domain/app-data.ts';
import { ArticleReader } from '../../features/article-reader/article-reader.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLoad } from '../../hooks/use-load.ts';
import { useIndex, useLang, useT, useViewState } from '../../hooks/view-context.tsx';
import { hrefWith } from '../../url/href.ts';
import { retryLoad } from '../../lib/load.ts';
import { excerpt } from '../../url/excerpt.ts';

export function Component() {
  const index = useIndex();
  const { view, update } = useViewState();
  const t = useT();
  const lang = useLang();
  const { articleId = '' } = useParams();
  const article = index.articleById.get(articleId);
  useDocumentTitle(article ? `${article.headline} · ${t('appName')}` : t('notFound'));
  if (!article) return <NotFound />;
  const candidate = index.indicatorById.get(view.indicator);
  // An indicator from another article cannot be marked here: say so rather than ignore it silently.
  const active = candidate?.articleId === article.id ? candidate : undefined;
  const region = index.regionById.get(article.regionId);
  return (
    <div className="page">
      <Breadcrumbs
        trail={[
          { label: t('overview'), to: hrefWith('/', view, ['lang']) },
          ...(region ? [{ label: region.name[lang], to: hrefWith(`/region/${region.id}`, view, ['lang']) }] : []),
        ]}
        current={{ label: article.headline, lang: 'zh-CN' }}
      />
      {candidate && !active && (
        <p className="param-notes" role="note">
          {t('ignoredParams')} indicator={excerpt(view.indicator)}
        </p>
      )}
      <ArticleText
        article={article}
        active={active}
        onSelect={(id) => update({ indicator: id ?? '' }, { replace: true })}
      />
    </div>
  );
}

/** Suspends until the article's text has loaded; says so if it cannot. */
function ArticleText({
  article,
  active,
  onSelect,
}: {
  article: ArticleSummary;
  active?: IndicatorSummary;
  onSelect: (id: string | null) => void;
}) {
  const index = useIndex();
  const t = useT();
  const chunk = useLoad(loadArticleChunk(index, article.id));
  if (chunk.status === 'error')
    return (
      <LoadFailed
        message={t('failedArticle')}
        retryLabel={t('retry')}
        onRetry={() => retryLoad(loadArticleChunk(index, article.id).key)}
      />
    );
  return <ArticleReader article={article} chunk={chunk.value} active={active} onSelect={onSelect} />;
}

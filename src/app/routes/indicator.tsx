// `/indicator/:indicatorId`: a short link that opens the indicator's sentence in its article.
import { Navigate, useParams } from 'react-router';
import { hrefWith } from '../../url/href.ts';
import { NotFound } from '../not-found.tsx';
import { useView } from '../view-context.tsx';

export function Component() {
  const ctx = useView();
  const { indicatorId = '' } = useParams();
  const indicator = ctx.index.indicatorById.get(indicatorId);
  if (!indicator) return <NotFound ctx={ctx} />;
  return <Navigate replace to={hrefWith(`/article/${indicator.articleId}`, ctx.view, ['lang'], { indicator: indicator.id })} />;
}

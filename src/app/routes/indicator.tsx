// `/indicator/:indicatorId`: a short link that opens the indicator's sentence in its article.
import { Navigate, useParams } from 'react-router';
import { NotFound } from '../../components/not-found.tsx';
import { useIndex, useViewState } from '../../hooks/view-context.tsx';
import { hrefWith } from '../../url/href.ts';

export function Component() {
  const index = useIndex();
  const { view } = useViewState();
  const { indicatorId = '' } = useParams();
  const indicator = index.indicatorById.get(indicatorId);
  if (!indicator) return <NotFound />;
  return (
    <Navigate
      replace
      to={hrefWith(`/article/${indicator.articleId}`, view, ['lang', 'version'], { indicator: indicator.id })}
    />
  );
}

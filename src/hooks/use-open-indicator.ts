// Opening an indicator's sentence in its article, from a chart's mark.
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { hrefWith } from '../url/href.ts';
import { useIndex, useViewState } from './view-context.tsx';

export function useOpenIndicator(): (id: string) => void {
  const navigate = useNavigate();
  const index = useIndex();
  const { view } = useViewState();
  return useCallback(
    (id: string) => {
      const indicator = index.indicatorById.get(id);
      if (indicator) void navigate(hrefWith(`/article/${indicator.articleId}`, view, ['lang'], { indicator: id }));
    },
    [navigate, index, view],
  );
}

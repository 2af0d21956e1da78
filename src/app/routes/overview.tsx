// `/`: headline figures, the map, the stories, the explorer and the table, all under the filters.
import { useMemo } from 'react';
import { ArticleList } from '../../features/articles/article-list.tsx';
import { Explorer } from '../../features/explorer/explorer.tsx';
import { FilterBar } from '../../features/filters/filter-bar.tsx';
import { HeadlineFigures } from '../../features/headline-figures/headline-figures.tsx';
import { IndicatorTable } from '../../features/indicator-table/indicator-table.tsx';
import { RegionMap } from '../../features/map/region-map.tsx';
import { StoryCharts } from '../../features/stories/story-charts.tsx';
import { filterArticles, filterIndicators, indicatorTotal } from '../../data/selectors.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useIndex, useT, useViewState } from '../../hooks/view-context.tsx';

export function Component() {
  const index = useIndex();
  const { view } = useViewState();
  const t = useT();
  const rows = useMemo(() => filterIndicators(index, view), [index, view]);
  const articles = useMemo(() => filterArticles(index, view), [index, view]);
  // On the overview's own data (src/data/overview-slice.ts) the rows are the figures it draws, and the total is the whole index's.
  const total = indicatorTotal(index, rows);
  useDocumentTitle(t('appName'));
  return (
    <div className="page">
      <h1 className="page-title">{t('overview')}</h1>
      <FilterBar />
      {total === 0 && <EmptyState />}
      <HeadlineFigures rows={rows} />
      <div className="split">
        <section aria-labelledby="map-title" className="card">
          <h2 id="map-title">{t('map')}</h2>
          <RegionMap rows={rows} />
        </section>
        <ArticleList articles={articles} />
      </div>
      <StoryCharts rows={rows} />
      <Explorer rows={rows} />
      {total > 0 && <IndicatorTable rows={rows} />}
    </div>
  );
}

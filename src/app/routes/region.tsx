// `/region/:regionId`: the place on its map, its figures, stories, sectors, table and article.
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { ArticleList } from '../../features/articles/article-list.tsx';
import { Explorer } from '../../features/explorer/explorer.tsx';
import { FilterBar } from '../../features/filters/filter-bar.tsx';
import { HeadlineFigures } from '../../features/headline-figures/headline-figures.tsx';
import { IndicatorTable } from '../../features/indicator-table/indicator-table.tsx';
import { PlaceMap } from '../../features/map/place-map.tsx';
import { Locator } from '../../features/map/locator.tsx';
import { PlaceSwitcher } from '../../features/map/place-switcher.tsx';
import { EmbedControl } from '../../components/embed-control.tsx';
import { StoryCharts } from '../../features/stories/story-charts.tsx';
import { filterArticles, filterIndicators, sectorBreakdown } from '../../data/selectors.ts';
import { toggleId } from '../../url/view-state.ts';
import { hrefWith } from '../../url/href.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { NotFound } from '../../components/not-found.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useIndex, useLang, usePalette, useT, useViewState } from '../../hooks/view-context.tsx';

// The embeds load with this view (see embeds.tsx).
export { EmbedRegion, EmbedStory } from './embeds.tsx';

export function Component() {
  const index = useIndex();
  const { view, update } = useViewState();
  const lang = useLang();
  const t = useT();
  const palette = usePalette();
  const { regionId = '' } = useParams();
  const region = index.regionById.get(regionId);
  const filters = useMemo(
    () => ({ regions: [regionId], sectors: view.sectors, q: view.q }),
    [regionId, view.sectors, view.q],
  );
  const rows = useMemo(() => filterIndicators(index, filters), [index, filters]);
  const all = useMemo(() => filterIndicators(index, { regions: [regionId], sectors: [], q: '' }), [index, regionId]);
  const articles = useMemo(() => filterArticles(index, { ...filters, q: '' }), [index, filters]);
  const sectors = useMemo(() => sectorBreakdown(all), [all]);
  useDocumentTitle(region ? `${region.name[lang]} · ${t('appName')}` : t('notFound'));
  if (!region) return <NotFound />;

  return (
    <div className="page">
      <Breadcrumbs
        trail={[{ label: t('overview'), to: hrefWith('/', view, ['lang']) }, { label: region.province[lang] }]}
        current={{ label: region.name[lang] }}
      />
      <h1 className="page-title">
        {region.name[lang]}{' '}
        {lang === 'en' && (
          <span className="subtle" lang="zh-CN">
            {region.name.zh}
          </span>
        )}{' '}
        <span className="subtle">{region.province[lang]}</span>
      </h1>
      <PlaceSwitcher currentId={region.id} />
      <EmbedControl path={`/embed/region/${region.id}`} title={region.name[lang]} height={640} />
      <div className="split">
        <section aria-labelledby="where-title" className="card">
          <h2 id="where-title">{t('whereItLies')}</h2>
          <PlaceMap region={region} />
          <Locator region={region} />
        </section>
        <div>
          <ArticleList articles={articles} />
          {all.length === 0 ? (
            <p className="notice">{t('noFigures')}</p>
          ) : (
            <section aria-labelledby="sectors-title">
              <h2 id="sectors-title">{t('sectorBreakdown')}</h2>
              <ul className="sector-bars">
                {sectors.map(({ sectorId, count }) => (
                  <li key={sectorId}>
                    <button
                      type="button"
                      className="sector-bar"
                      aria-pressed={view.sectors.includes(sectorId)}
                      onClick={() => update((v) => ({ sectors: toggleId(v.sectors, sectorId) }))}
                    >
                      <span className="sector-name clamp" title={index.sectorById.get(sectorId)?.name[lang]}>
                        {index.sectorById.get(sectorId)?.name[lang]}
                      </span>
                      <span
                        className="bar"
                        style={{ width: `${(count / all.length) * 100}%`, background: palette.region[region.id] }}
                      />
                      <span className="count">{count}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
      {all.length > 0 && (
        <>
          <FilterBar fixedRegionId={region.id} />
          {rows.length === 0 && <EmptyState keepRegions />}
          <HeadlineFigures rows={rows} />
          <StoryCharts rows={rows} regionId={region.id} />
          <Explorer rows={rows} />
          {rows.length > 0 && <IndicatorTable rows={rows} showRegion={false} />}
        </>
      )}
    </div>
  );
}

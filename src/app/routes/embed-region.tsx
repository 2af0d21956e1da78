// `/embed/region/:regionId`: a place's profile (its key figures and stories), for an iframe on another site.
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { NotFound } from '../../components/not-found.tsx';
import { filterIndicators } from '../../data/selectors.ts';
import { HeadlineFigures } from '../../features/headline-figures/HeadlineFigures.tsx';
import { StoryCharts } from '../../features/stories/StoryCharts.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useIndex, useLang, useT, useViewState } from '../../hooks/view-context.tsx';
import { hrefWith } from '../../url/href.ts';
import { EmbedSource } from '../embed-source.tsx';

export function Component() {
  const index = useIndex();
  const lang = useLang();
  const t = useT();
  const { view } = useViewState();
  const { regionId = '' } = useParams();
  const region = index.regionById.get(regionId);
  const rows = useMemo(() => filterIndicators(index, { regions: [regionId], sectors: [], q: '' }), [index, regionId]);
  useDocumentTitle(region ? `${region.name[lang]} · ${t('appName')}` : t('notFound'));
  if (!region) return <NotFound />;
  return (
    <div className="embed-page">
      <h1 className="page-title">
        {region.name[lang]} <span className="subtle">{region.province[lang]}</span>
      </h1>
      {rows.length === 0 ? <p className="notice">{t('noFigures')}</p> : <HeadlineFigures rows={rows} />}
      <StoryCharts rows={rows} regionId={region.id} />
      <EmbedSource full={hrefWith(`/region/${region.id}`, view, ['lang', 'version'])} />
    </div>
  );
}

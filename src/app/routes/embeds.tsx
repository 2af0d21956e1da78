// The embeds' views, for an iframe on another site (their frame: embed-frame.tsx):
// `/embed/story/:storyId`, one story's chart, and `/embed/region/:regionId`, a
// place's profile (its key figures and stories). Loaded with the region view's
// code (region.tsx re-exports them): they draw the same stories and figures, so
// the code both share stays one chunk for `/` and `/region/…`.
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { NotFound } from '../../components/not-found.tsx';
import { filterIndicators } from '../../data/selectors.ts';
import { HeadlineFigures } from '../../features/headline-figures/headline-figures.tsx';
import { StoryCharts } from '../../features/stories/story-charts.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useIndex, useLang, useT, useViewState } from '../../hooks/view-context.tsx';
import { hrefWith } from '../../url/href.ts';

const NO_FILTERS = { regions: [], sectors: [], q: '' };

/** The line under an embed: where its figures come from, and the way to the full view (kept in view at the iframe's foot). */
function EmbedSource({ full }: { full: string }) {
  const t = useT();
  return (
    <p className="embed-source note">
      <a href={full} target="_blank" rel="noopener">
        {t('appName')} · {t('openFullView')} ↗
      </a>{' '}
      {t('footerSource')}
    </p>
  );
}

export function EmbedStory() {
  const index = useIndex();
  const lang = useLang();
  const t = useT();
  const { view } = useViewState();
  const { storyId = '' } = useParams();
  const story = index.dataset.stories.find((s) => s.id === storyId);
  const rows = useMemo(() => filterIndicators(index, NO_FILTERS), [index]);
  useDocumentTitle(story ? `${story.title[lang]} · ${t('appName')}` : t('notFound'));
  if (!story) return <NotFound />;
  return (
    <div className="embed-page embed-story">
      <StoryCharts rows={rows} storyId={story.id} />
      <EmbedSource full={`${hrefWith(`/region/${story.regionId}`, view, ['lang', 'version'])}#story-${story.id}`} />
    </div>
  );
}

export function EmbedRegion() {
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

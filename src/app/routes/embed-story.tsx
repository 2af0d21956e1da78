// `/embed/story/:storyId`: one story's chart, for an iframe on another site.
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { NotFound } from '../../components/not-found.tsx';
import { filterIndicators } from '../../data/selectors.ts';
import { StoryCharts } from '../../features/stories/StoryCharts.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useIndex, useLang, useT, useViewState } from '../../hooks/view-context.tsx';
import { hrefWith } from '../../url/href.ts';
import { EmbedSource } from '../embed-source.tsx';

const NO_FILTERS = { regions: [], sectors: [], q: '' };

export function Component() {
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

// The articles' stories as charts. A click on a mark opens its sentence; each
// chart's figures are also listed as links, for keyboards and screen readers.
import { useMemo } from 'react';
import { RouteLink } from '../../components/route-link.tsx';
import { useOpenIndicator } from '../../hooks/use-open-indicator.ts';
import { useIndex, useLang, usePalette, useT, useViewState } from '../../hooks/view-context.tsx';
import { LazyChart } from '../../charts/LazyChart.tsx';
import { buildStoryOption, storyDraws, storyIndicators } from '../../charts/options/story-option.ts';
import { STORIES } from '../../charts/options/stories.ts';
import type { IndicatorSummary } from '../../domain/app-data.ts';
import { formatValue } from '../../format/number.ts';
import { sentenceHrefs } from '../../url/href.ts';

const STORY_IDS = new Set(STORIES.flatMap((s) => s.indicatorIds));

export function StoryCharts({ rows, regionId }: { rows: IndicatorSummary[]; regionId?: string }) {
  const index = useIndex();
  const lang = useLang();
  const palette = usePalette();
  const t = useT();
  const { view } = useViewState();
  // Only the stories' own indicators matter here, whatever the size of the corpus.
  const passing = useMemo(() => new Map(rows.filter((i) => STORY_IDS.has(i.id)).map((i) => [i.id, i])), [rows]);
  const sentenceHref = useMemo(() => sentenceHrefs(view), [view]);
  // Options are built by the charts themselves, once drawn (see Chart.tsx).
  const stories = useMemo(
    () =>
      STORIES.filter((s) => (!regionId || s.regionId === regionId) && storyDraws(s, passing)).map((story) => ({
        story,
        option: () => buildStoryOption(story, { passing, regions: index.regionById, lang, palette })!,
      })),
    [regionId, passing, index, lang, palette],
  );
  const open = useOpenIndicator();
  if (stories.length === 0) return null;
  return (
    <section aria-labelledby="stories-title">
      <h2 id="stories-title">{t('charts')}</h2>
      <div className="card-grid">
        {stories.map(({ story, option }) => (
          <article key={story.id} className="card" data-story={story.id}>
            <h3>{story.title[lang]}</h3>
            <LazyChart name={`story-${story.id}`} option={option} height={240} onSelect={open} loadingLabel={t('loading')} failedLabel={t('failedChart')} retryLabel={t('retry')} />
            <ul className="figure-list">
              {storyIndicators(story, passing).map((i) => (
                <li key={i.id}>
                  <RouteLink to={sentenceHref(i)}>
                    {i.label[lang]}
                    {i.period ? `（${i.period.label}）` : ''}：{formatValue(i, lang)}
                  </RouteLink>
                </li>
              ))}
            </ul>
          </article>
        ))}
      </div>
    </section>
  );
}

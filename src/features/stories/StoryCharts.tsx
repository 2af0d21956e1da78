// The articles' stories as charts. A click on a mark opens its sentence; each
// chart's figures are also listed as links, for keyboards and screen readers.
import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { RouteLink } from '../../app/route-link.tsx';
import type { ViewContext } from '../../app/view-context.tsx';
import { LazyChart } from '../../charts/LazyChart.tsx';
import { buildStoryOption, storyDraws, storyIndicators } from '../../charts/options/story-option.ts';
import { STORIES } from '../../charts/stories.ts';
import type { IndicatorSummary } from '../../domain/app-data.ts';
import { formatValue } from '../../format/number.ts';
import { hrefWith, sentenceHrefs } from '../../url/href.ts';

const STORY_IDS = new Set(STORIES.flatMap((s) => s.indicatorIds));

export function useOpenIndicator(ctx: ViewContext) {
  const navigate = useNavigate();
  const { index, view } = ctx;
  return useCallback(
    (id: string) => {
      const indicator = index.indicatorById.get(id);
      if (indicator) navigate(hrefWith(`/article/${indicator.articleId}`, view, ['lang'], { indicator: id }));
    },
    [navigate, index, view],
  );
}

export function StoryCharts({ ctx, rows, regionId }: { ctx: ViewContext; rows: IndicatorSummary[]; regionId?: string }) {
  const { index, lang, palette, t } = ctx;
  // Only the stories' own indicators matter here, whatever the size of the corpus.
  const passing = useMemo(() => new Map(rows.filter((i) => STORY_IDS.has(i.id)).map((i) => [i.id, i])), [rows]);
  const sentenceHref = useMemo(() => sentenceHrefs(ctx.view), [ctx.view]);
  // Options are built by the charts themselves, once drawn (see Chart.tsx).
  const stories = useMemo(
    () =>
      STORIES.filter((s) => (!regionId || s.regionId === regionId) && storyDraws(s, passing)).map((story) => ({
        story,
        option: () => buildStoryOption(story, { passing, regions: index.regionById, lang, palette })!,
      })),
    [regionId, passing, index, lang, palette],
  );
  const open = useOpenIndicator(ctx);
  if (stories.length === 0) return null;
  return (
    <section aria-labelledby="stories-title">
      <h2 id="stories-title">{t('charts')}</h2>
      <div className="card-grid">
        {stories.map(({ story, option }) => (
          <article key={story.id} className="card" data-story={story.id}>
            <h3>{story.title[lang]}</h3>
            <LazyChart name={`story-${story.id}`} option={option} height={240} onSelect={open} loadingLabel={t('loading')} errorLabel={t('loadFailed')} />
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

// The articles' stories, as curated in the dataset, each drawn as its kind
// reads honestly: bars for one measure over periods, tiles for counts of
// different things, a part within its whole, a rate, a rank among its field.
// Every figure links to its sentence; every story says its period and source.
import { useMemo } from 'react';
import { DownloadData } from '../../components/download-data.tsx';
import { EmbedControl } from '../../components/embed-control.tsx';
import { RouteLink } from '../../components/route-link.tsx';
import { StatusBadges } from '../../components/status.tsx';
import { figuresOf, storyFigures, storyIndicatorIds, storyPeriods, type StoryFigures } from '../../data/stories.ts';
import type { IndicatorSummary } from '../../domain/app-data.ts';
import { formatValue } from '../../format/number.ts';
import { formatPeriod } from '../../format/period.ts';
import { labelWithPeriod, listOf } from '../../format/label.ts';
import { useIndex, useLang, useT, useViewState } from '../../hooks/view-context.tsx';
import { hrefWith, sentenceHrefs } from '../../url/href.ts';
import { CountTiles, PartOfWhole, RankAmong, RateOf, StoryBars } from './story-displays.tsx';

/** The stories of the rows (of one place, or only one story, when given). */
export function StoryCharts({
  rows,
  regionId,
  storyId,
}: {
  rows: IndicatorSummary[];
  regionId?: string;
  storyId?: string;
}) {
  const index = useIndex();
  const t = useT();
  const { view } = useViewState();
  const stories = index.dataset.stories;
  // Only the stories' own indicators matter here, whatever the size of the corpus.
  const storyIds = useMemo(() => new Set(stories.flatMap(storyIndicatorIds)), [stories]);
  const passing = useMemo(
    () => new Map(rows.filter((i) => storyIds.has(i.id)).map((i) => [i.id, i])),
    [rows, storyIds],
  );
  const shown = useMemo(
    () =>
      stories
        .filter((s) => (!regionId || s.regionId === regionId) && (!storyId || s.id === storyId))
        .flatMap((s) => storyFigures(s, passing) ?? []),
    [stories, regionId, storyId, passing],
  );
  const sentenceHref = useMemo(() => sentenceHrefs(view), [view]);
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="stories-title">
      <h2 id="stories-title">{t('charts')}</h2>
      <div className="card-grid">
        {shown.map((s) => (
          <StoryCard key={s.story.id} shown={s} sentenceHref={sentenceHref} />
        ))}
      </div>
    </section>
  );
}

function StoryCard({ shown, sentenceHref }: { shown: StoryFigures; sentenceHref: (i: IndicatorSummary) => string }) {
  const index = useIndex();
  const lang = useLang();
  const t = useT();
  const { view } = useViewState();
  const { story } = shown;
  const figures = figuresOf(shown);
  const periods = storyPeriods(figures);
  const article = index.articleById.get(figures[0]!.articleId);
  return (
    <article className="card story" data-story={story.id} aria-labelledby={`story-${story.id}`}>
      <h3 id={`story-${story.id}`}>{story.title[lang]}</h3>
      {periods.length > 0 && (
        <p className="story-meta">
          {t('storyPeriod')}:{' '}
          {listOf(
            periods.map((p) => formatPeriod(p, lang)),
            lang,
          )}
        </p>
      )}
      <StoryDisplay shown={shown} sentenceHref={sentenceHref} />
      {story.note && <p className="note">{story.note[lang]}</p>}
      {shown.kind !== 'counts' && (
        <ul className="figure-list">
          {figures.map((i) => (
            <li key={i.id}>
              <RouteLink to={sentenceHref(i)}>
                {labelWithPeriod(i, lang)}
                {lang === 'zh' ? '：' : ': '}
                {formatValue(i, lang)}
              </RouteLink>{' '}
              <StatusBadges indicator={i} lang={lang} />
            </li>
          ))}
        </ul>
      )}
      <DownloadData rows={() => figures} fileName={`regional-pulse-${story.id}`} title={story.title[lang]} />
      <EmbedControl
        path={`/embed/story/${story.id}`}
        title={story.title[lang]}
        height={shown.kind === 'bars' ? 560 : 420}
      />
      {article && (
        <p className="source-line">
          {t('storySource')}:{' '}
          <RouteLink to={hrefWith(`/article/${article.id}`, view, ['lang'])} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
            {lang === 'zh' ? `《${article.headline}》` : article.headlineEn}
          </RouteLink>
        </p>
      )}
    </article>
  );
}

function StoryDisplay({ shown, sentenceHref }: { shown: StoryFigures; sentenceHref: (i: IndicatorSummary) => string }) {
  switch (shown.kind) {
    case 'bars':
      return <StoryBars story={shown.story} figures={shown.figures} />;
    case 'counts':
      return <CountTiles figures={shown.figures} sentenceHref={sentenceHref} />;
    case 'part-of-whole':
      return <PartOfWhole whole={shown.whole} parts={shown.parts} />;
    case 'rate':
      return <RateOf numerator={shown.numerator} denominator={shown.denominator} />;
    case 'rank':
      return <RankAmong rank={shown.rank} of={shown.of} />;
  }
}

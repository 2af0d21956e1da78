// How each kind of story is drawn. Only bars of one measure go on an axis (an
// ECharts chart); counts, parts, rates and ranks are plain HTML, which says
// exactly what they are and costs no chart code.
import { useCallback, useMemo } from 'react';
import { LazyChart } from '../../charts/lazy-chart.tsx';
import { buildBarBase, buildBarData, isProjected } from '../../charts/options/bar-option.ts';
import { RouteLink } from '../../components/route-link.tsx';
import { StatusBadges, StatusLegend } from '../../components/status.tsx';
import { filterSummary, sourceSummary } from '../../data/filter-summary.ts';
import type { IndicatorSummary } from '../../domain/app-data.ts';
import type { Story } from '../../domain/schema.ts';
import { formatNumber, formatValue } from '../../format/number.ts';
import { formatPeriod } from '../../format/period.ts';
import { useOpenIndicator } from '../../hooks/use-open-indicator.ts';
import { useIndex, useLang, usePalette, useT, useViewState } from '../../hooks/view-context.tsx';
import { STATUS_LABEL } from '../../i18n/messages.ts';

type BarsStory = Extract<Story, { kind: 'bars' }>;

/** One measure over periods (or named figures): bars in its unit, projections dashed. */
export function StoryBars({ story, figures }: { story: BarsStory; figures: IndicatorSummary[] }) {
  const index = useIndex();
  const lang = useLang();
  const palette = usePalette();
  const t = useT();
  const base = useCallback(() => buildBarBase({ palette }), [palette]);
  const data = useCallback(
    () =>
      buildBarData({
        indicators: figures,
        category: (i) =>
          story.category === 'period'
            ? `${i.period ? formatPeriod(i.period, lang) : ''}${i.status === 'actual' ? '' : ` ${STATUS_LABEL[lang][i.status]}`}`
            : i.label[lang],
        regions: index.regionById,
        lang,
        palette,
        title: story.title[lang],
      }),
    [figures, story, index, lang, palette],
  );
  const open = useOpenIndicator();
  const { view } = useViewState();
  const download = useMemo(
    () => ({
      title: story.title[lang],
      filters: filterSummary(view, index, lang, story.regionId),
      source: sourceSummary(
        figures.map((i) => i.articleId),
        index,
        lang,
      ),
      fileName: `regional-pulse-${story.id}`,
    }),
    [story, view, index, lang, figures],
  );
  return (
    <>
      <StatusLegend lang={lang} projected={figures.some(isProjected)} />
      <LazyChart
        name={`story-${story.id}`}
        base={base}
        data={data}
        height={220}
        onSelect={open}
        loadingLabel={t('loading')}
        failedLabel={t('failedChart')}
        retryLabel={t('retry')}
        download={download}
      />
    </>
  );
}

/** Figures of different things, each in its own unit: tiles, never one axis. */
export function CountTiles({
  figures,
  sentenceHref,
}: {
  figures: IndicatorSummary[];
  sentenceHref: (i: IndicatorSummary) => string;
}) {
  const lang = useLang();
  return (
    <ul className="count-tiles">
      {figures.map((i) => (
        <li key={i.id}>
          <RouteLink to={sentenceHref(i)} className="count-tile">
            <span className="count-value">{formatValue(i, lang)}</span>
            <span className="count-label">{i.label[lang]}</span>
          </RouteLink>
          <StatusBadges indicator={i} lang={lang} />
        </li>
      ))}
    </ul>
  );
}

const share = (part: IndicatorSummary, whole: IndicatorSummary) =>
  whole.normalized.value > 0 ? Math.min(1, part.normalized.value / whole.normalized.value) : 0;
const percent = (fraction: number) => `${(fraction * 100).toFixed(1).replace(/\.0$/, '')}%`;

/** Parts within their whole, on one track as long as the whole; what the parts leave is said to be undescribed. */
export function PartOfWhole({ whole, parts }: { whole: IndicatorSummary; parts: IndicatorSummary[] }) {
  const lang = useLang();
  const palette = usePalette();
  const t = useT();
  const color = palette.region[whole.regionId];
  const described = parts.reduce((sum, p) => sum + share(p, whole), 0);
  return (
    <figure className="part-of-whole">
      <div
        className="track"
        role="img"
        aria-label={`${whole.label[lang]} ${formatValue(whole, lang)}: ${parts.map((p) => `${p.label[lang]} ${formatValue(p, lang)}`).join('; ')}`}
      >
        {parts.map((p, n) => (
          <span
            key={p.id}
            className={`segment${isProjected(p) ? ' projected' : ''}`}
            style={{
              width: percent(share(p, whole)),
              background: isProjected(p) ? `${color}26` : n % 2 ? `${color}b3` : color,
              borderColor: color,
            }}
            title={`${p.label[lang]} ${formatValue(p, lang)}`}
          />
        ))}
      </div>
      <figcaption className="track-key">
        {parts.map((p) => (
          <span key={p.id}>
            {p.label[lang]} {formatValue(p, lang)} ({percent(share(p, whole))})
          </span>
        ))}
        {described < 1 && <span className="subtle-key">{t('partRest')}</span>}
        <span>
          {whole.label[lang]} {formatValue(whole, lang)} = 100%
        </span>
      </figcaption>
    </figure>
  );
}

/** One figure out of another: both as printed, and the share computed from them, said to be computed. */
export function RateOf({ numerator, denominator }: { numerator: IndicatorSummary; denominator: IndicatorSummary }) {
  const lang = useLang();
  const palette = usePalette();
  const t = useT();
  const fraction = share(numerator, denominator);
  return (
    <figure className="rate">
      <p className="rate-figures">
        <span className="big">
          {t('rateOf', { a: formatNumber(numerator.value, lang), b: formatNumber(denominator.value, lang) })}
        </span>{' '}
        <span className="rate-share">{percent(fraction)}</span>
      </p>
      <div
        className="track"
        role="img"
        aria-label={`${numerator.label[lang]} ${formatValue(numerator, lang)} / ${denominator.label[lang]} ${formatValue(denominator, lang)}`}
      >
        <span
          className="segment"
          style={{ width: percent(fraction), background: palette.region[numerator.regionId] }}
        />
      </div>
      <figcaption className="note">{t('rateComputed')}</figcaption>
    </figure>
  );
}

/** A position among the size of its ranking (a context figure, badged as such). */
export function RankAmong({ rank, of }: { rank: IndicatorSummary; of: IndicatorSummary }) {
  const lang = useLang();
  const t = useT();
  return (
    <figure className="rank">
      <p>
        <span className="big">{formatValue(rank, lang)}</span>{' '}
        <span>{t('rankOf', { of: `${formatValue(of, lang)} ${of.label[lang]}` })}</span>
      </p>
    </figure>
  );
}

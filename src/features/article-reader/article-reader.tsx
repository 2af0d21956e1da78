// An article as reconstructed from the page, with every reported number marked.
// Selecting a number makes it the active indicator (?indicator=ID): its sentence
// is highlighted, scrolled to, and its details shown beside the text.
import { useCallback, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { ArticleChunk, ArticleSummary, IndicatorSummary } from '../../domain/app-data.ts';
import { articleSegments, quoteSpan } from '../../data/article-segments.ts';
import { listOf } from '../../format/label.ts';
import { formatValue } from '../../format/number.ts';
import { formatPeriod } from '../../format/period.ts';
import { Cite } from '../../components/cite.tsx';
import { StatusBadges } from '../../components/status.tsx';
import { useIndex, useLang, useT, useViewState } from '../../hooks/view-context.tsx';
import { hrefWith } from '../../url/href.ts';

interface ArticleReaderProps {
  article: ArticleSummary;
  chunk: ArticleChunk;
  /** The indicator whose sentence is marked, if any. */
  active?: IndicatorSummary;
  /** Makes an indicator the active one (null: none). */
  onSelect: (id: string | null) => void;
}

export function ArticleReader({ article, chunk, active, onSelect: select }: ArticleReaderProps) {
  const index = useIndex();
  const lang = useLang();
  const { view } = useViewState();
  const t = useT();
  const indicators = index.indicatorsByArticle.get(article.id) ?? [];
  const region = index.regionById.get(article.regionId);
  const source = index.dataset.sources.find((s) => s.id === article.sourceId);
  const activeRef = useRef<HTMLButtonElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  // Closing the details (its button or Esc) gives focus back to the number that
  // opened them, once the text is drawn without the quote marked (the number's
  // button is then a new element).
  const refocus = useRef<string | null>(null);
  const close = useCallback(() => {
    refocus.current = active?.id ?? null;
    select(null);
  }, [active, select]);
  useEffect(() => {
    const id = refocus.current;
    if (active || !id) return;
    refocus.current = null;
    const buttons = articleRef.current?.querySelectorAll<HTMLButtonElement>('button[data-indicator]') ?? [];
    [...buttons].find((b) => b.dataset.indicator === id)?.focus({ preventScroll: true });
  }, [active]);
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, close]);

  useEffect(() => {
    // Bring the quoted sentence into view when the link names one.
    activeRef.current?.scrollIntoView({ block: 'center' });
    activeRef.current?.focus({ preventScroll: true });
  }, [active?.id]);

  // The article is Chinese; the interface around it speaks the reader's language.
  const ui = lang === 'zh' ? 'zh-CN' : 'en';
  return (
    <div className="reader">
      <div className="reader-main">
        <article ref={articleRef} className="article" lang="zh-CN" aria-labelledby="article-headline">
          <p className="kicker" lang={ui}>
            <Link to={hrefWith(`/region/${article.regionId}`, view, ['lang'])}>{region?.name[lang]}</Link> ·{' '}
            {region?.province[lang]}
          </p>
          {article.kicker && <p className="headline-kicker">{article.kicker}</p>}
          <h1 id="article-headline">{article.headline}</h1>
          {article.subheadline && <p className="subheadline">——{article.subheadline}</p>}
          {lang === 'en' && (
            <p className="gloss" lang="en">
              {article.headlineEn}
              {article.subheadlineEn && ` — ${article.subheadlineEn}`}
            </p>
          )}
          <p className="byline" lang={ui}>
            {article.bylineOnPage ? (
              <>
                {t('reporters')} <span lang="zh-CN">{article.reporters.join(' ')}</span>
                {article.correspondents.length > 0 && (
                  <>
                    {' · '}
                    {t('correspondents')} <span lang="zh-CN">{article.correspondents.join(' ')}</span>
                  </>
                )}
              </>
            ) : (
              t('noByline')
            )}
          </p>
          {source && !(source.printed.publication && source.printed.date && source.printed.pageNumber) && (
            <p className="note source-unknown" lang={ui}>
              {t('printedUnknown')}
            </p>
          )}
          {article.beginningMissing && (
            <p className="notice" lang={ui}>
              {t('beginningMissing')}
            </p>
          )}
          {indicators.length === 0 && (
            <p className="notice" lang={ui}>
              {t('noFigures')}
            </p>
          )}
          {chunk.blocks.map((block, b) => {
            if (block.type === 'heading') return <h2 key={b}>{block.text}</h2>;
            const spans = indicators.flatMap((i) => {
              const at = chunk.marks[i.id]?.at;
              return at && at.block === b ? [{ start: at.start, end: at.end, id: i.id }] : [];
            });
            const activeAt = active ? chunk.marks[active.id]?.at : undefined;
            const quote =
              active && activeAt && activeAt.block === b
                ? quoteSpan(block.text, chunk.marks[active.id]!.quote, activeAt)
                : undefined;
            return (
              <p key={b}>
                {b === 0 && article.dateline && <span className="dateline">本报讯 </span>}
                {articleSegments(block.text, spans, quote).map((seg, k) => {
                  const content = seg.indicatorId ? (
                    <button
                      type="button"
                      className="mention"
                      data-indicator={seg.indicatorId}
                      aria-pressed={seg.indicatorId === active?.id}
                      ref={seg.indicatorId === active?.id ? activeRef : undefined}
                      onClick={() => select(seg.indicatorId === active?.id ? null : seg.indicatorId!)}
                    >
                      {seg.text}
                    </button>
                  ) : (
                    seg.text
                  );
                  return seg.inQuote ? (
                    <mark key={k} className="quote" data-quote-of={active?.id}>
                      {content}
                    </mark>
                  ) : (
                    <span key={k}>{content}</span>
                  );
                })}
              </p>
            );
          })}
        </article>
        <div lang={ui}>
          <Cite article={article} path={`/article/${article.id}`} />
        </div>
      </div>
      {active && (
        <IndicatorDetails
          article={article}
          indicator={active}
          quote={chunk.marks[active.id]?.quote ?? ''}
          onClose={close}
        />
      )}
    </div>
  );
}

function IndicatorDetails({
  article,
  indicator,
  quote,
  onClose,
}: {
  article: ArticleSummary;
  indicator: IndicatorSummary;
  quote: string;
  onClose: () => void;
}) {
  const index = useIndex();
  const lang = useLang();
  const t = useT();
  return (
    <aside className="details" aria-labelledby="details-title">
      <h2 id="details-title">{indicator.label[lang]}</h2>
      <dl>
        <dt>{t('value')}</dt>
        <dd className="details-value">{formatValue(indicator, lang)}</dd>
        <dt>{t('period')}</dt>
        <dd>
          {indicator.period
            ? `${formatPeriod(indicator.period, lang)}${indicator.period.inferred ? `${lang === 'zh' ? '' : ' '}${t('inferred')}` : ''}`
            : '—'}
        </dd>
        <dt>{t('status')}</dt>
        <dd>
          <StatusBadges indicator={indicator} lang={lang} />
          {indicator.subjectName && <span className="subject-name"> {indicator.subjectName[lang]}</span>}
        </dd>
        <dt>{t('sector')}</dt>
        <dd>
          {listOf(
            indicator.sectorIds.map((s) => index.sectorById.get(s)?.name[lang] ?? s),
            lang,
          )}
        </dd>
        <dt>{t('quote')}</dt>
        <dd lang="zh-CN">
          <q>{quote}</q>
        </dd>
      </dl>
      <Cite article={article} indicator={indicator} path={`/indicator/${indicator.id}`} />
      <button type="button" className="button" onClick={onClose}>
        {t('close')}
      </button>
    </aside>
  );
}

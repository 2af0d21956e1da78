// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { toAppData } from '../../domain/app-data.ts';
import { formatValue } from '../../format/number.ts';
import { dataset, indexOf, indexWithoutQuotes, indicator, placesWithoutFigures } from '../../testing/dataset.ts';
import { renderInView } from '../../testing/render.tsx';
import { ArticleReader } from './article-reader.tsx';

const chunks = toAppData(dataset).chunks;
const articleOf = (regionId: string) => {
  const summary = indexWithoutQuotes.dataset.articles.find((a) => a.regionId === regionId)!;
  return { article: summary, chunk: chunks.find((c) => c.id === summary.id)! };
};
const figuresOf = (articleId: string) => dataset.indicators.filter((i) => i.articleId === articleId);
/** An indicator as the dataset has it, with its number as printed (`mention`) and its sentence (`quote`). */
const figure = (id: string) => dataset.indicators.find((i) => i.id === id)!;

function renderReader(regionId: string, { active, url }: { active?: string; url?: string } = {}) {
  const { article, chunk } = articleOf(regionId);
  const onSelect = vi.fn();
  const rendered = renderInView(
    <ArticleReader
      article={article}
      chunk={chunk}
      active={active ? indicator(active) : undefined}
      onSelect={onSelect}
    />,
    { url: url ?? `/article/${article.id}${active ? `?indicator=${active}` : ''}` },
  );
  return { ...rendered, article, onSelect };
}

const articleText = () => screen.getByRole('article');

beforeAll(() => {
  // jsdom has no layout, so no scrolling: the reader scrolls the active number into view.
  if (!('scrollIntoView' in Element.prototype)) Object.assign(Element.prototype, { scrollIntoView: () => undefined });
});

describe('ArticleReader', () => {
  it('shows the headline as the level-1 heading that names the article', () => {
    const { article } = renderReader('tongnan');
    expect(screen.getByRole('heading', { level: 1, name: article.headline })).toBeTruthy();
    expect(screen.getByRole('article', { name: article.headline })).toBeTruthy();
  });

  it('makes every reported number a toggle button, none pressed, named by the number as printed', () => {
    const { article } = renderReader('tongnan');
    const figures = figuresOf(article.id);
    const buttons = within(articleText()).getAllByRole('button');
    expect(buttons).toHaveLength(figures.length);
    expect(within(articleText()).getAllByRole('button', { pressed: false })).toHaveLength(figures.length);
    expect(buttons.map((b) => b.textContent).sort()).toEqual(figures.map((i) => i.mention).sort());
  });

  it('pressing a number calls onSelect with its indicator’s id, once', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderReader('tongnan');
    await user.click(
      within(articleText()).getByRole('button', { name: figure('tongnan-cross-border-passengers').mention }),
    );
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledWith('tongnan-cross-border-passengers');
  });

  it('the active number is pressed and focused; pressing it again calls onSelect(null)', async () => {
    const user = userEvent.setup();
    const active = figure('tongnan-forest-gain');
    const { onSelect } = renderReader('tongnan', { active: active.id });
    const pressed = within(articleText()).getByRole('button', { pressed: true });
    expect(pressed.textContent).toBe(active.mention);
    expect(document.activeElement).toBe(pressed);
    await user.click(pressed);
    expect(onSelect).toHaveBeenCalledWith(null);
  });

  it('with an active indicator, shows its details beside the text: label as heading, value, quote, and a close button', async () => {
    const user = userEvent.setup();
    const active = figure('tongnan-forest-gain');
    const { onSelect } = renderReader('tongnan', { active: active.id });
    const details = screen.getByRole('complementary', { name: active.label.zh });
    expect(within(details).getByRole('heading', { level: 2, name: active.label.zh })).toBeTruthy();
    expect(within(details).getByText(active.quote)).toBeTruthy();
    expect(within(details).getByText(formatValue(active, 'zh'))).toBeTruthy();

    await user.click(within(details).getByRole('button', { name: '关闭' }));
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledWith(null);
  });

  it('Esc closes the details, and closing gives focus back to the number that opened them', async () => {
    const user = userEvent.setup();
    const active = figure('tongnan-forest-gain');
    const { article, chunk } = articleOf('tongnan');
    // The reader as a route uses it: the active indicator is state its onSelect changes.
    function Reader() {
      const [id, setId] = useState<string | null>(active.id);
      return <ArticleReader article={article} chunk={chunk} active={id ? indicator(id) : undefined} onSelect={setId} />;
    }
    renderInView(<Reader />, { url: `/article/${article.id}?indicator=${active.id}` });
    await user.click(within(screen.getByRole('complementary')).getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(document.activeElement).toBe(within(articleText()).getByRole('button', { name: active.mention }));

    await user.click(within(articleText()).getByRole('button', { name: active.mention }));
    expect(screen.getByRole('complementary')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(document.activeElement).toBe(within(articleText()).getByRole('button', { name: active.mention }));
  });

  it('with no active indicator there is no details panel', () => {
    renderReader('tongnan');
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('the details panel speaks English with ?lang=en', () => {
    const active = figure('zoucheng-posts-total');
    renderReader('zoucheng', {
      active: active.id,
      url: `/article/zoucheng-2022-page-01?lang=en&indicator=${active.id}`,
    });
    const details = screen.getByRole('complementary', { name: active.label.en });
    expect(within(details).getByRole('button', { name: 'Close' })).toBeTruthy();
  });

  /** The byline as read: the paragraph that starts with the reporters' label. */
  const bylineText = () =>
    screen.getByText((_, el) => el?.tagName === 'P' && /^(记者|Reporters) /.test(el.textContent ?? '')).textContent;

  it('prints the byline: reporters and correspondents', () => {
    const { article } = renderReader('shushan');
    expect(article.bylineOnPage).toBe(true);
    expect(bylineText()).toBe(`记者 ${article.reporters.join(' ')} · 通讯员 ${article.correspondents.join(' ')}`);
  });

  it('prints the byline in English with ?lang=en', () => {
    const { article } = renderReader('tongnan', { url: '/article/tongnan-2022-page-01?lang=en' });
    expect(bylineText()).toBe(
      `Reporters ${article.reporters.join(' ')} · Correspondents ${article.correspondents.join(' ')}`,
    );
    // The names are Chinese text inside the English interface, and say so.
    const byline = screen.getByText((_, el) => el?.tagName === 'P' && /^Reporters /.test(el.textContent ?? ''));
    expect(within(byline).getByText(article.reporters.join(' ')).getAttribute('lang')).toBe('zh-CN');
  });

  it('says so when the page prints no byline, and when the article begins on another page', () => {
    const { article } = renderReader('jingmen');
    expect(article.bylineOnPage).toBe(false);
    expect(screen.getByText('本版未刊登署名')).toBeTruthy();
    expect(screen.queryByText(/^记者/)).toBeNull();
    expect(screen.getByText('本文开头刊于其他版面，此处从中途开始。')).toBeTruthy();
  });

  it.each(placesWithoutFigures().map((p) => [p.name, p] as const))(
    'an article with no figures says so and has no number buttons (%s)',
    (_name, { regionId, dataset: data }) => {
      const article = indexOf(data).dataset.articles.find((a) => a.regionId === regionId)!;
      expect(article.indicatorCount).toBe(0);
      const chunk = toAppData(data).chunks.find((c) => c.id === article.id)!;
      renderInView(<ArticleReader article={article} chunk={chunk} onSelect={vi.fn()} />, {
        url: `/article/${article.id}`,
        data,
      });
      expect(screen.getByText('这篇报道没有给出可量化的数据。')).toBeTruthy();
      expect(within(articleText()).queryAllByRole('button')).toHaveLength(0);
    },
  );

  it('links its place to the region’s view, keeping the language', () => {
    renderReader('linjiang', { url: '/article/linjiang-2022-page-01?lang=en' });
    const place = screen.getByRole('link', { name: 'Linjiang' });
    expect(place.getAttribute('href')).toBe('/region/linjiang?lang=en');
  });
});

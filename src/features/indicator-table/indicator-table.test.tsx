// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatValue } from '../../format/number.ts';
import { dataset, indexWithoutQuotes } from '../../testing/dataset.ts';
import { renderInView } from '../../testing/render.tsx';
import { IndicatorTable, TABLE_MORE, TABLE_PAGE } from './indicator-table.tsx';

const rows = indexWithoutQuotes.dataset.indicators;
const regionOrder = dataset.regions.map((r) => r.id);
const regionName = (id: string) => dataset.regions.find((r) => r.id === id)!.name.zh;

const table = () => screen.getByRole('table');
/** The body's rows (the first row holds the column headers). */
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const header = (name: string) => within(table()).getByRole('columnheader', { name });
const sortButton = (name: string) => within(header(name)).getByRole('button', { name });
/** The table's default order: regions in the dataset's order; within one, the text's order. */
const defaultOrder = () => [...rows].sort((a, b) => regionOrder.indexOf(a.regionId) - regionOrder.indexOf(b.regionId));
/** One cell's text from each body row. */
const column = (n: number) => bodyRows().map((row) => within(row).getAllByRole('cell')[n]!.textContent);

describe('IndicatorTable', () => {
  it('is a table titled by its heading, with a caption and one sort button per sortable column', () => {
    renderInView(<IndicatorTable rows={rows} />);
    expect(screen.getByRole('heading', { level: 2, name: '指标表' })).toBeTruthy();
    expect(screen.getByRole('region', { name: '指标表' })).toBeTruthy();
    expect(screen.getByRole('table', { name: `${rows.length} 项指标，点击数值查看原文出处` })).toBeTruthy();
    // By accessible name: the sort arrow is hidden from assistive technology (aria-sort says it).
    const headers = ['地区', '指标', '数值', '时间', '领域'];
    expect(within(table()).getAllByRole('columnheader')).toEqual(headers.map(header));
    for (const name of ['地区', '指标', '数值', '时间']) expect(sortButton(name)).toBeTruthy();
    expect(within(header('领域')).queryByRole('button')).toBeNull();
  });

  it('by default is sorted by region, ascending, and aria-sort says so on that column only', () => {
    renderInView(<IndicatorTable rows={rows} />);
    expect(header('地区').getAttribute('aria-sort')).toBe('ascending');
    for (const name of ['指标', '数值', '时间']) expect(header(name).getAttribute('aria-sort')).toBe('none');
    const expected = defaultOrder().slice(0, TABLE_PAGE);
    expect(column(0)).toEqual(expected.map((i) => regionName(i.regionId)));
    expect(column(1)).toEqual(expected.map((i) => i.label.zh));
  });

  it('aria-sort follows the URL’s sort and direction', () => {
    renderInView(<IndicatorTable rows={rows} />, { url: '/?sort=period&dir=desc' });
    expect(header('时间').getAttribute('aria-sort')).toBe('descending');
    for (const name of ['地区', '指标', '数值']) expect(header(name).getAttribute('aria-sort')).toBe('none');
    const periods = column(3).map((p) => (p === '—' ? '' : p));
    expect(periods).toEqual([...periods].sort().reverse());
  });

  it('clicking a header sorts by it; clicking again reverses; each click is one URL write carrying sort and dir', async () => {
    const user = userEvent.setup();
    const { url } = renderInView(<IndicatorTable rows={rows} />);
    const collator = new Intl.Collator('zh-CN');

    await user.click(sortButton('指标'));
    expect(url.writes).toHaveLength(1);
    expect(url.writes[0]!.type).toBe('PUSH');
    expect(url.params().get('sort')).toBe('label');
    // Ascending is the default direction, so the URL leaves it out.
    expect(url.params().get('dir') ?? 'asc').toBe('asc');
    expect(header('指标').getAttribute('aria-sort')).toBe('ascending');
    expect(header('地区').getAttribute('aria-sort')).toBe('none');
    const ascending = column(1);
    expect(ascending).toEqual([...ascending].sort(collator.compare));
    expect(ascending[0]).toBe([...rows.map((i) => i.label.zh)].sort(collator.compare)[0]);

    await user.click(sortButton('指标'));
    expect(url.writes).toHaveLength(2);
    expect(url.current.search).toBe('?sort=label&dir=desc');
    expect(header('指标').getAttribute('aria-sort')).toBe('descending');
    const descending = column(1);
    expect(descending).toEqual([...descending].sort(collator.compare).reverse());
    expect(descending[0]).toBe([...rows.map((i) => i.label.zh)].sort(collator.compare).at(-1));
  });

  it('clicking the sorted region column reverses it', async () => {
    const user = userEvent.setup();
    const { url } = renderInView(<IndicatorTable rows={rows} />);
    await user.click(sortButton('地区'));
    expect(url.current.search).toBe('?dir=desc');
    expect(header('地区').getAttribute('aria-sort')).toBe('descending');
    expect(column(0)[0]).toBe(regionName(regionOrder.filter((id) => rows.some((i) => i.regionId === id)).at(-1)!));
  });

  it('each value links to its sentence in its article, keeping only the language', () => {
    renderInView(<IndicatorTable rows={rows} />, { url: '/?lang=en&region=tongnan' });
    const expected = defaultOrder().slice(0, TABLE_PAGE);
    const shown = bodyRows();
    expect(shown).toHaveLength(expected.length);
    shown.forEach((row, n) => {
      const indicator = expected[n]!;
      expect(within(row).getAllByRole('cell')[1]!.textContent).toBe(indicator.label.en);
      const link = within(row).getByRole('link', { name: formatValue(indicator, 'en') });
      expect(link.getAttribute('href')).toBe(`/article/${indicator.articleId}?lang=en&indicator=${indicator.id}`);
    });
  });

  it('shows the first page of rows until "show more", which adds the next ones', async () => {
    const user = userEvent.setup();
    renderInView(<IndicatorTable rows={rows} />);
    expect(bodyRows()).toHaveLength(TABLE_PAGE);
    const more = screen.getByRole('button', { name: `显示更多（还有 ${rows.length - TABLE_PAGE} 项）` });
    await user.click(more);
    expect(bodyRows()).toHaveLength(Math.min(rows.length, TABLE_PAGE + TABLE_MORE));
    if (rows.length <= TABLE_PAGE + TABLE_MORE) expect(screen.queryByRole('button', { name: /显示更多/ })).toBeNull();
  });

  it('with fewer rows than a page: every row, no "show more"', () => {
    const few = rows.filter((i) => i.regionId === 'linjiang').slice(0, TABLE_PAGE - 1);
    renderInView(<IndicatorTable rows={few} />);
    expect(bodyRows()).toHaveLength(few.length);
    expect(screen.queryByRole('button', { name: /显示更多/ })).toBeNull();
  });

  it('on a region’s own view leaves the region column out', () => {
    const own = rows.filter((i) => i.regionId === 'zoucheng');
    renderInView(<IndicatorTable rows={own} showRegion={false} />, { url: '/region/zoucheng' });
    expect(within(table()).queryByRole('columnheader', { name: '地区' })).toBeNull();
    // Its first page: the place's rows in the text's order.
    expect(column(0)).toEqual(own.slice(0, TABLE_PAGE).map((i) => i.label.zh));
  });
});

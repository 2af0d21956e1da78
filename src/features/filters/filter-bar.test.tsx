// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../testing/dataset.ts';
import { renderInView } from '../../testing/render.tsx';
import { CHIPS_AT_A_GLANCE, chipsAtAGlance, FilterBar } from './filter-bar.tsx';

// Expected counts straight from the dataset: what a chip's number should say.
type Indicator = (typeof dataset.indicators)[number];
const count = (keep: (i: Indicator) => boolean) => dataset.indicators.filter(keep).length;
const regionName = (id: string) => dataset.regions.find((r) => r.id === id)!.name.zh;
const sectorName = (id: string) => dataset.sectors.find((s) => s.id === id)!.name.zh;

const regionGroup = () => screen.getByRole('group', { name: '地区' });
const sectorGroup = () => screen.getByRole('group', { name: '领域' });
const clearAll = () => screen.getByRole<HTMLButtonElement>('button', { name: '清除全部筛选' });

/** Every chip of a group as "name count", and whether it is pressed. */
const chips = (group: HTMLElement) =>
  within(group)
    .getAllByRole('button')
    .map((b) => `${b.textContent} ${b.getAttribute('aria-pressed')}`);

describe('FilterBar', () => {
  it('shows every region and sector as a toggle button, not pressed, with its indicator count', () => {
    renderInView(<FilterBar />);
    expect(screen.getByRole('region', { name: '筛选' })).toBeTruthy();
    expect(chips(regionGroup())).toEqual(
      dataset.regions.map((r) => `${r.name.zh} ${count((i) => i.regionId === r.id)} false`),
    );
    expect(chips(sectorGroup())).toEqual(
      dataset.sectors.map((s) => `${s.name.zh} ${count((i) => i.sectorIds.includes(s.id))} false`),
    );
    // The count is part of the button's accessible name.
    expect(
      screen.getByRole('button', {
        name: `${regionName('tongnan')} ${count((i) => i.regionId === 'tongnan')}`,
        pressed: false,
      }),
    ).toBeTruthy();
  });

  it('reads the selection from the URL: a selected chip is pressed', () => {
    renderInView(<FilterBar />, { url: '/?region=shushan&sector=ecology' });
    expect(within(regionGroup()).getByRole('button', { pressed: true }).textContent).toContain(regionName('shushan'));
    expect(within(sectorGroup()).getByRole('button', { pressed: true }).textContent).toContain(sectorName('ecology'));
  });

  it('pressing a region chip writes ?region= once (a new history entry) and the sector counts follow', async () => {
    const user = userEvent.setup();
    const { url } = renderInView(<FilterBar />);
    await user.click(within(regionGroup()).getByRole('button', { name: new RegExp(`^${regionName('jingmen')} `) }));

    expect(url.writes).toHaveLength(1);
    expect(url.writes[0]).toMatchObject({ pathname: '/', search: '?region=jingmen', type: 'PUSH' });
    expect(within(regionGroup()).getByRole('button', { pressed: true }).textContent).toBe(
      `${regionName('jingmen')} ${count((i) => i.regionId === 'jingmen')}`,
    );
    // Each sector now counts only what the selected region would give.
    expect(chips(sectorGroup())).toEqual(
      dataset.sectors.map(
        (s) => `${s.name.zh} ${count((i) => i.regionId === 'jingmen' && i.sectorIds.includes(s.id))} false`,
      ),
    );
    // Pressing it again takes it off, again in one write.
    await user.click(within(regionGroup()).getByRole('button', { pressed: true }));
    expect(url.writes).toHaveLength(2);
    expect(url.current.search).toBe('');
    expect(within(regionGroup()).queryByRole('button', { pressed: true })).toBeNull();
  });

  it('a second region adds to the first: one write each, ids in one parameter', async () => {
    const user = userEvent.setup();
    const { url } = renderInView(<FilterBar />, { url: '/?region=zoucheng' });
    await user.click(within(regionGroup()).getByRole('button', { name: new RegExp(`^${regionName('anning')} `) }));
    expect(url.writes).toHaveLength(1);
    expect(url.params().get('region')).toBe('anning,zoucheng');
    expect(within(regionGroup()).getAllByRole('button', { pressed: true })).toHaveLength(2);
  });

  it('clear-all is disabled with no filter, and does nothing when pressed', async () => {
    const user = userEvent.setup();
    const { url } = renderInView(<FilterBar />);
    expect(clearAll().disabled).toBe(true);
    await user.click(clearAll());
    expect(url.writes).toHaveLength(0);
  });

  it('clear-all clears regions, sectors and the search in one write', async () => {
    const user = userEvent.setup();
    const { url } = renderInView(<FilterBar />, { url: '/?region=jingmen&sector=industry&q=锂电&lang=zh&sort=value' });
    expect(clearAll().disabled).toBe(false);
    expect(screen.getByRole<HTMLInputElement>('searchbox').value).toBe('锂电');

    await user.click(clearAll());
    expect(url.writes).toHaveLength(1);
    expect(url.writes[0]!.type).toBe('PUSH');
    // Only the filters go: the table's order stays.
    expect(url.current.search).toBe('?sort=value');
    expect(screen.queryAllByRole('button', { pressed: true })).toHaveLength(0);
    expect(screen.getByRole<HTMLInputElement>('searchbox').value).toBe('');
    expect(clearAll().disabled).toBe(true);
  });

  it('typing in the search box writes q by replacing the entry, one write per keystroke, never pushing', async () => {
    const user = userEvent.setup();
    const { url } = renderInView(<FilterBar />, { url: '/?region=jingmen' });
    const box = screen.getByRole<HTMLInputElement>('searchbox', { name: /搜索指标与正文/ });
    await user.type(box, '锂电');

    expect(box.value).toBe('锂电');
    expect(url.writes.map((w) => w.type)).toEqual(['REPLACE', 'REPLACE']);
    expect(url.params().get('q')).toBe('锂电');
    expect(url.params().get('region')).toBe('jingmen');
    expect(clearAll().disabled).toBe(false);
    // The counts follow the search, which reaches each figure's sentence as well as its label.
    const matches = (i: Indicator) => `${i.label.zh} ${i.label.en} ${i.quote}`.toLowerCase().includes('锂电');
    await waitFor(() =>
      expect(chips(regionGroup())).toEqual(
        dataset.regions.map(
          (r) => `${r.name.zh} ${count((i) => i.regionId === r.id && matches(i))} ${r.id === 'jingmen'}`,
        ),
      ),
    );
  });

  it('keeps spaces in the box but writes the trimmed query', async () => {
    const user = userEvent.setup();
    const { url } = renderInView(<FilterBar />);
    const box = screen.getByRole<HTMLInputElement>('searchbox');
    await user.type(box, ' GDP ');
    expect(box.value).toBe(' GDP ');
    expect(url.params().get('q')).toBe('GDP');
    expect(url.writes.every((w) => w.type === 'REPLACE')).toBe(true);
  });

  it('on a region’s own view: no region chips, sector counts of that region only', () => {
    renderInView(<FilterBar fixedRegionId="tongnan" />, { url: '/region/tongnan' });
    expect(screen.queryByRole('group', { name: '地区' })).toBeNull();
    expect(chips(sectorGroup())).toEqual(
      dataset.sectors.map(
        (s) => `${s.name.zh} ${count((i) => i.regionId === 'tongnan' && i.sectorIds.includes(s.id))} false`,
      ),
    );
    expect(clearAll().disabled).toBe(true);
  });

  it('speaks English with ?lang=en', () => {
    renderInView(<FilterBar />, { url: '/?lang=en' });
    expect(screen.getByRole('region', { name: 'Filters' })).toBeTruthy();
    const regions = screen.getByRole('group', { name: 'Regions' });
    expect(
      within(regions).getByRole('button', { name: `Tongnan ${count((i) => i.regionId === 'tongnan')}` }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Clear all filters' })).toBeTruthy();
  });
});

describe('FilterBar, with hundreds of places', () => {
  // The committed places and twenty more with none of its figures: more than a glance takes.
  const many = {
    ...dataset,
    regions: [
      ...dataset.regions,
      ...Array.from({ length: 20 }, (_, n) => ({
        ...dataset.regions[n % dataset.regions.length]!,
        id: `place-${n}`,
        name: { zh: `样本地方${n}`, en: `Sample place ${n}` },
      })),
    ],
  };

  it('shows the places with the most figures and the chosen one, and opens to all of them', async () => {
    expect(many.regions.length).toBeGreaterThan(CHIPS_AT_A_GLANCE);
    const user = userEvent.setup();
    // The last of the places with no figures, chosen by the link: shown, though far from the most reported.
    const least = many.regions.at(-1)!;
    renderInView(<FilterBar />, { data: many, url: `/?region=${least.id}` });
    const placeChips = () => within(regionGroup()).getAllByRole('button', { pressed: undefined });
    const shown = regionGroup().querySelectorAll('.chip[data-region]');
    expect(shown.length).toBe(CHIPS_AT_A_GLANCE + 1);
    expect(regionGroup().querySelector(`.chip[data-region="${least.id}"]`)?.getAttribute('aria-pressed')).toBe('true');
    const more = within(regionGroup()).getByRole('button', { name: `全部 ${many.regions.length} 项`, expanded: false });
    await user.click(more);
    expect(regionGroup().querySelectorAll('.chip[data-region]').length).toBe(many.regions.length);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(placeChips().length).toBe(many.regions.length + 1);
  });

  it('keeps a facet of few values whole', () =>
    expect(chipsAtAGlance([{ id: 'a', name: 'A', count: 1 }], [], 12)).toEqual([{ id: 'a', name: 'A', count: 1 }]));
});

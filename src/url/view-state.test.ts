import { describe, expect, it } from 'vitest';
import type { ViewState } from '../domain/view.ts';
import { DEFAULT_VIEW, parseViewState, searchInLang, serializeViewState, toggleId } from './view-state.ts';

const vocabulary = {
  regionIds: new Set(['jingmen', 'tongnan', 'anning']),
  sectorIds: new Set(['ecology', 'industry']),
  indicatorById: new Map([['jingmen-auto-output-2021', {}]]),
  measureById: new Map([
    ['auto-industry-output', {}],
    ['welfare-post-holders', {}],
  ]),
};
const parse = (qs: string) => parseViewState(new URLSearchParams(qs), vocabulary);

describe('view-state codec', () => {
  it('gives the defaults for an empty query and writes nothing for them', () => {
    expect(parse('')).toEqual({ view: DEFAULT_VIEW, notes: [] });
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
  });

  it.each<[string, Partial<ViewState>]>([
    ['region', { regions: ['anning', 'jingmen'] }],
    ['sector', { sectors: ['ecology'] }],
    ['q', { q: '锂电 投资' }],
    ['lang', { lang: 'en' }],
    ['measure', { measure: 'auto-industry-output' }],
    ['all', { all: true }],
    ['sort', { sort: 'value' }],
    ['dir', { dir: 'desc' }],
    ['indicator', { indicator: 'jingmen-auto-output-2021' }],
    ['v', { version: '0a1b2c3d' }],
  ])('round-trips %s', (_param, change) => {
    const view = { ...DEFAULT_VIEW, ...change };
    const qs = serializeViewState(view);
    expect(qs).not.toBe('');
    expect(parse(qs)).toEqual({ view, notes: [] });
  });

  it('round-trips every parameter at once, in a stable order', () => {
    const view: ViewState = {
      regions: ['tongnan', 'jingmen'],
      sectors: ['industry'],
      q: 'a&b=c',
      lang: 'en',
      measure: 'welfare-post-holders',
      all: true,
      sort: 'period',
      dir: 'desc',
      indicator: 'jingmen-auto-output-2021',
      version: '0a1b2c3d',
    };
    const qs = serializeViewState(view);
    expect(qs).toBe(
      'region=jingmen,tongnan&sector=industry&q=a%26b%3Dc&lang=en&measure=welfare-post-holders&all=1&sort=period&dir=desc&indicator=jingmen-auto-output-2021&v=0a1b2c3d',
    );
    expect(parse(qs).view).toEqual({ ...view, regions: ['jingmen', 'tongnan'] });
  });

  it('keeps known ids, reports unknown ones and never throws on garbage', () => {
    const { view, notes } = parse(
      'region=jingmen,atlantis&lang=fr&measure=<script>&all=yes&sort=&indicator=nope&v=../../x',
    );
    expect(view).toEqual({ ...DEFAULT_VIEW, regions: ['jingmen'] });
    expect(notes.map((n) => [n.param, n.rawValue])).toEqual([
      ['region', 'atlantis'],
      ['lang', 'fr'],
      ['measure', '<script>'],
      ['all', 'yes'],
      ['sort', ''],
      ['indicator', 'nope'],
      ['v', '../../x'],
    ]);
  });

  it('drops duplicate ids and empty items', () => {
    expect(parse('region=jingmen,,jingmen').view.regions).toEqual(['jingmen']);
  });

  it('trims and bounds the search text', () => {
    expect(parse(`q=${'字'.repeat(300)}`).view.q).toHaveLength(100);
    expect(parse('q=%20%20').view.q).toBe('');
  });

  it('toggles ids in and out of a sorted list', () => {
    expect(toggleId(['tongnan'], 'jingmen')).toEqual(['jingmen', 'tongnan']);
    expect(toggleId(['jingmen', 'tongnan'], 'jingmen')).toEqual(['tongnan']);
  });
});

describe('searchInLang', () => {
  it('sets or drops lang and keeps every other parameter, unread values included', () => {
    expect(searchInLang('?region=jingmen&q=%E9%94%82', 'en')).toBe('?region=jingmen&q=%E9%94%82&lang=en');
    expect(searchInLang('?lang=en&region=jingmen,atlantis', 'zh')).toBe('?region=jingmen%2Catlantis');
    expect(searchInLang('?lang=en', 'zh')).toBe('');
    expect(searchInLang('', 'en')).toBe('?lang=en');
  });
});

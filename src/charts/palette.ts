// Colours for charts, passed into option builders (they never reach for globals).
// The theme colours are fixed here; each place's colour is data (its `color` in
// data/annotations/regions.yaml, carried in the dataset's regions), so no place
// is named in code.
import type { Region, RegionId } from '../domain/schema.ts';

/** A theme's colours, apart from the places'. */
export interface ThemeColors {
  text: string;
  subtleText: string;
  axis: string;
  splitLine: string;
  mapArea: string;
  mapBorder: string;
  mapEmphasis: string;
  accent: string;
  muted: string;
  tooltipBackground: string;
}

export interface Palette extends ThemeColors {
  /** Each place's colour, by region id. */
  region: Readonly<Record<RegionId, string>>;
}

export const LIGHT: ThemeColors = {
  text: '#1f2933',
  subtleText: '#52606d',
  axis: '#9aa5b1',
  splitLine: '#e4e7eb',
  mapArea: '#eef2f6',
  mapBorder: '#b8c2cc',
  mapEmphasis: '#d9e2ec',
  accent: '#c62828',
  muted: '#9aa5b1',
  tooltipBackground: '#ffffff',
};

export const DARK: ThemeColors = {
  text: '#e4e7eb',
  subtleText: '#b8c2cc',
  axis: '#7b8794',
  splitLine: '#323f4b',
  mapArea: '#27313b',
  mapBorder: '#52606d',
  mapEmphasis: '#3e4c59',
  accent: '#ff7961',
  muted: '#7b8794',
  tooltipBackground: '#1f2933',
};

/** A theme with the places' colours from the dataset's regions. */
export function withRegionColors(theme: ThemeColors, regions: readonly Pick<Region, 'id' | 'color'>[]): Palette {
  return { ...theme, region: Object.fromEntries(regions.map((r) => [r.id, r.color])) };
}

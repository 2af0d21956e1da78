// Colours for charts, passed into option builders (they never reach for globals).
import type { RegionId } from '../domain/schema.ts';

export interface Palette {
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
  region: Record<RegionId, string>;
}

// Okabe–Ito: distinguishable with the common colour-vision deficiencies.
const REGION_COLORS: Record<RegionId, string> = {
  jingmen: '#0072B2', tongnan: '#E69F00', shushan: '#009E73', linjiang: '#CC79A7', anning: '#56B4E9', zoucheng: '#D55E00',
};

export const LIGHT: Palette = {
  text: '#1f2933', subtleText: '#52606d', axis: '#9aa5b1', splitLine: '#e4e7eb', mapArea: '#eef2f6', mapBorder: '#b8c2cc',
  mapEmphasis: '#d9e2ec', accent: '#c62828', muted: '#9aa5b1', tooltipBackground: '#ffffff', region: REGION_COLORS,
};

export const DARK: Palette = {
  text: '#e4e7eb', subtleText: '#b8c2cc', axis: '#7b8794', splitLine: '#323f4b', mapArea: '#27313b', mapBorder: '#52606d',
  mapEmphasis: '#3e4c59', accent: '#ff7961', muted: '#7b8794', tooltipBackground: '#1f2933', region: REGION_COLORS,
};

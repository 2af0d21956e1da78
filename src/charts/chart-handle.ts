// What a drawn chart hands to its download control: a way to draw it again as
// an image. Types only, so the control (loaded with the page) never pulls the
// chart code in.
import type { ChartOption } from './options/types.ts';

export interface ChartHandle {
  /**
   * The chart drawn again, offscreen, as an image file with its caption: the
   * drawing code (export-chart.ts) is imported by the chart module itself on
   * first use, so it shares the ECharts the chart already loaded.
   */
  image(format: 'png' | 'svg', caption: ChartCaption, colors: ImageColors): Promise<Blob>;
}

export interface ImageColors {
  background: string;
  text: string;
  subtleText: string;
}

/** What the instance was last given, and its drawn size. */
export interface DrawnChart {
  parts: { base: ChartOption; data: ChartOption };
  width: number;
  height: number;
}

/** A ref the chart fills in once drawn. */
export type ChartHandleRef = { current: ChartHandle | null };

/** What goes into a downloaded image around the chart, all as plain text. */
export interface ChartCaption {
  title: string;
  /** The filters in force, as a sentence ('' when none). */
  filters: string;
  /** Where the figures come from (the source page). */
  source: string;
  /** "every number's sentence at <link>", with the link written out. */
  link: string;
  /** The file name, without extension. */
  fileName: string;
}

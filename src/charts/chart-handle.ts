// What a drawn chart hands to its download control: the two parts of the option
// it was last given (see Chart.tsx) and its drawn size. Types only, so the
// control (loaded with the page) never pulls the chart code in.
import type { ChartOption } from './options/types.ts';

export interface ChartHandle {
  /** The base and data parts the instance was last given; null before the first draw. */
  parts(): { base: ChartOption; data: ChartOption } | null;
  width(): number;
  height(): number;
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

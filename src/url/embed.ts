// The `<iframe>` snippet an "Embed" control hands out.
import { escapeAttribute } from './escape.ts';

export interface EmbedInput {
  /** The absolute address of the embed view (with its `lang=` and `v=`). */
  src: string;
  title: string;
  height: number;
}

export function iframeSnippet({ src, title, height }: EmbedInput): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${Math.round(height)}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

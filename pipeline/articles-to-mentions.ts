// Step 3: articles → every number mention, located by block and character span.
import { findMentions, type Mention } from './numbers.ts';
import { asciiForDetection } from './text.ts';

export interface LocatedMention extends Mention {
  articleId: string;
  block: number;
}

export function articlesToMentions(
  articles: { id: string; blocks: { type: string; text: string }[] }[],
): LocatedMention[] {
  return articles.flatMap((article) =>
    article.blocks.flatMap((block, index) =>
      // Subheadings restate the text below them ("千亿级锂电集群"); facts are read from paragraphs.
      // Numbers are read on the ASCII form (３１７．７ is 317.7); the mention keeps the text as printed.
      block.type === 'paragraph'
        ? findMentions(asciiForDetection(block.text)).map((m) => ({
            ...m,
            text: block.text.slice(m.start, m.end),
            articleId: article.id,
            block: index,
          }))
        : [],
    ),
  );
}

/** The sentence around a span: from after the previous 。！？ to the next one, with its closing quote. */
export function sentenceAround(text: string, start: number, end: number): { text: string; start: number } {
  let from = start;
  while (from > 0 && !/[。！？]/.test(text[from - 1]!)) from--;
  while (/[”’」』）]/.test(text[from] ?? '')) from++;
  let to = end;
  while (to < text.length && !/[。！？]/.test(text[to - 1] ?? '')) to++;
  while (/[”’」』）]/.test(text[to] ?? '')) to++;
  return { text: text.slice(from, to), start: from };
}

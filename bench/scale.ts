// A synthetic corpus N times the real one, made by a seeded generator from the real
// data's shapes: each real article is copied N times into regions spread over
// China, its numbers perturbed in the text and in its indicators alike, so every
// quote still sits verbatim in its article.
import type { Article, Dataset, Indicator, Region } from '../src/domain/schema.ts';

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many synthetic places a copy-set gets: the map and filters stay readable. */
export const regionsFor = (scale: number) => Math.min(scale, 8);

export function scaleDataset(real: Dataset, scale: number, seed = 20220601): Dataset {
  if (scale <= 1) return real;
  const random = seededRandom(seed);
  const regionCopies = regionsFor(scale);
  const regions: Region[] = [...real.regions];
  for (let c = 1; c < regionCopies; c++) {
    for (const r of real.regions) {
      const lon = Math.min(124, Math.max(100, r.coord[0] + (random() - 0.5) * 12));
      const lat = Math.min(44, Math.max(23, r.coord[1] + (random() - 0.5) * 8));
      regions.push({
        ...r,
        id: `${r.id}-${c}`,
        name: { zh: `${r.name.zh}（样本${c}）`, en: `${r.name.en} (sample ${c})` },
        coord: [Number(lon.toFixed(3)), Number(lat.toFixed(3))],
      });
    }
  }
  const articles: Article[] = [...real.articles];
  const indicators: Indicator[] = [...real.indicators];
  for (let copy = 1; copy < scale; copy++) {
    const regionSuffix = copy % regionCopies;
    for (const article of real.articles) {
      const regionId = regionSuffix === 0 ? article.regionId : `${article.regionId}-${regionSuffix}`;
      const id = `${article.id}-x${copy}`;
      const own = real.indicators.filter((i) => i.articleId === article.id);
      const factor = 0.5 + random();
      // Perturb each number where it is printed, keeping spans: replace mention text in its block.
      const blocks = article.blocks.map((b) => ({ ...b }));
      const scaled = new Map<string, { value: number; mention: string }>();
      /** Where each block's text changed length: a later span moves by what changed before it. */
      const changes = blocks.map(() => [] as { at: number; by: number }[]);
      for (const i of [...own].sort((a, b) => b.at.start - a.at.start)) {
        if (i.normalized.family === 'rank' || !/\d/.test(i.mention)) {
          scaled.set(i.id, { value: i.value, mention: i.mention });
          continue;
        }
        const value = Number((i.value * factor).toPrecision(3));
        const printed = i.mention.replace(/\d+(\.\d+)?/, String(value));
        const block = blocks[i.at.block]!;
        block.text = block.text.slice(0, i.at.start) + printed + block.text.slice(i.at.end);
        changes[i.at.block]!.push({ at: i.at.start, by: printed.length - i.mention.length });
        scaled.set(i.id, { value, mention: printed });
      }
      articles.push({ ...article, id, regionId, blocks });
      for (const i of own) {
        const s = scaled.get(i.id)!;
        // Spans shift when a printed number before them in the block changes length.
        const block = blocks[i.at.block]!.text;
        const start =
          i.at.start + changes[i.at.block]!.filter((c) => c.at < i.at.start).reduce((sum, c) => sum + c.by, 0);
        const end = start + s.mention.length;
        const quoteFrom = block.lastIndexOf('。', start - 1) + 1;
        const quoteTo = block.indexOf('。', end);
        indicators.push({
          ...i,
          id: `${i.id}-x${copy}`,
          articleId: id,
          regionId,
          value: s.value,
          mention: s.mention,
          quote: block.slice(quoteFrom, quoteTo < 0 ? block.length : quoteTo + 1),
          at: { block: i.at.block, start, end },
          normalized: {
            ...i.normalized,
            value:
              i.normalized.family === 'rank'
                ? i.normalized.value
                : Number((i.normalized.value * (s.value / i.value)).toPrecision(12)),
          },
        });
      }
    }
  }
  return { ...real, regions, articles, indicators };
}

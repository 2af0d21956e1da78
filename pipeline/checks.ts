// Build checks on what the curation means, run once the indicators are read.
// Each returns every problem it finds (never only the first), each naming the
// file, line and id to fix.
import type { Article, Dimension, Indicator, Measure, UnitFamily } from '../src/domain/schema.ts';
import type { AnnotationFile, MeasureAnnotation, PageAnnotation, StoriesAnnotation } from './annotations.ts';
import { PipelineError, listed, type Where } from './errors.ts';
import { datasetMeasure, expandMeasures } from './measures.ts';

/** Where an indicator was annotated, for messages. */
export type Locate = (indicatorId: string) => Where;

/** The unit families a measure of each dimension may be printed in. */
export const FAMILIES_OF: Record<Dimension, UnitFamily[]> = {
  money: ['currency', 'currency-usd'],
  people: ['count', 'person-times'],
  firms: ['count'],
  events: ['count', 'person-times'],
  projects: ['count'],
  area: ['area'],
  length: ['length'],
  duration: ['duration', 'clock-time'],
  mass: ['mass'],
  volume: ['volume'],
  energy: ['energy'],
  power: ['power'],
  share: ['percent'],
  index: ['index'],
  rank: ['rank'],
  count: ['count'],
};

/**
 * The vocabulary, variants expanded, as the dataset's measures (`comparable`
 * listed on both sides); which of them a dataset carries is measuresInUse's call.
 */
export function checkMeasures(file: AnnotationFile<MeasureAnnotation[]>): {
  measures: Measure[];
  problems: PipelineError[];
} {
  const { measures, problems } = expandMeasures(file);
  return { measures: measures.map(datasetMeasure), problems };
}

/** Every indicator names a known measure whose dimension fits its unit, and a subject that is named when it must be. */
export function checkMeanings(
  indicators: Indicator[],
  measures: Measure[],
  locate: Locate,
  measuresFile: string,
): PipelineError[] {
  const problems: PipelineError[] = [];
  const byId = new Map(measures.map((m) => [m.id, m]));
  for (const i of indicators) {
    const where = locate(i.id);
    const measure = byId.get(i.measureId);
    if (!measure) {
      problems.push(
        new PipelineError(
          { ...where, key: 'measure' },
          `a measure id from ${measuresFile}`,
          `"${i.measureId}"`,
          `indicators name a measure that ${baseName(measuresFile)} lacks (measure)`,
        ),
      );
    } else if (!FAMILIES_OF[measure.dimension].includes(i.normalized.family)) {
      problems.push(
        new PipelineError(
          { ...where, key: 'measure' },
          `a measure whose dimension fits the unit as printed (${i.unit || 'no unit'}: ${i.normalized.family})`,
          `"${measure.id}" (${measure.dimension})`,
          'indicators name a measure whose dimension does not fit the unit as printed (measure)',
        ),
      );
    } else if ((measure.kind === 'rank') !== (i.status === 'rank')) {
      problems.push(
        new PipelineError(
          { ...where, key: 'measure' },
          'a rank measure exactly for a figure of status rank',
          `"${measure.id}" (${measure.kind}) for status ${i.status}`,
          'indicators whose measure is a rank and status is not, or the other way round (measure)',
        ),
      );
    }
    if (i.subject === 'entity' && !i.subjectName) {
      problems.push(
        new PipelineError(
          { ...where, key: 'subjectName' },
          'the name (zh, en) of the firm, park, project, town or programme of an entity figure',
          'none',
          'entity figures have no subjectName',
        ),
      );
    }
    if (i.subject === 'place' && i.subjectName) {
      problems.push(
        new PipelineError(
          { ...where, key: 'subjectName' },
          'no subjectName for a figure of the place itself (the region names it)',
          `"${i.subjectName.en}"`,
        ),
      );
    }
  }
  return problems;
}

/**
 * Within one place, labels tell figures apart in both languages: two indicators
 * share a Chinese or an English label only when they share both, are the same
 * measure, and differ in period. Reported once per label a group of figures
 * shares (a draft whose labels are all placeholders gives one problem per place,
 * not one per pair), with every id of the group and why they clash.
 */
export function checkLabels(indicators: Indicator[], locate: Locate): PipelineError[] {
  const problems: PipelineError[] = [];
  const byRegion = new Map<string, Indicator[]>();
  // Pushed, not spread: a place with thousands of figures would copy its list once per figure.
  const push = <K>(map: Map<K, Indicator[]>, key: K, i: Indicator) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  for (const i of indicators) push(byRegion, i.regionId, i);
  const LANGUAGES = [
    ['zh', 'en', 'English'],
    ['en', 'zh', 'Chinese'],
  ] as const;
  const excused = (a: Indicator, b: Indicator) =>
    a.label.zh === b.label.zh &&
    a.label.en === b.label.en &&
    a.measureId === b.measureId &&
    (a.period?.label ?? '') !== (b.period?.label ?? '');
  for (const list of byRegion.values()) {
    // The figures sharing each label, per language, in the order they are annotated.
    const groups: { lang: 'zh' | 'en'; label: string; members: Indicator[] }[] = [];
    for (const [lang] of LANGUAGES) {
      const byLabel = new Map<string, Indicator[]>();
      for (const i of list) push(byLabel, i.label[lang], i);
      for (const [label, members] of byLabel) if (members.length > 1) groups.push({ lang, label, members });
    }
    const reported = new Set<string>();
    const position = new Map(list.map((i, n) => [i, n]));
    groups.sort((a, b) => position.get(a.members[0]!)! - position.get(b.members[0]!)!);
    for (const { lang, label, members } of groups) {
      const clashing = members.filter((a) => members.some((b) => b !== a && !excused(a, b)));
      if (clashing.length === 0) continue;
      const ids = clashing.map((i) => i.id);
      const other = lang === 'zh' ? 'en' : 'zh';
      // Figures sharing both labels form one group in each language: one problem for both.
      const bothShared = new Set(clashing.map((i) => i.label[other])).size === 1;
      const groupKey = ids.join(' ');
      if (bothShared && reported.has(groupKey)) continue;
      reported.add(groupKey);
      const shared = bothShared ? `"${clashing[0]!.label.zh}" / "${clashing[0]!.label.en}"` : `${lang} "${label}"`;
      const reasons: string[] = [];
      const otherLabels = [...new Set(clashing.map((i) => i.label[other]))];
      if (otherLabels.length > 1) {
        const language = LANGUAGES.find(([l]) => l === lang)![2];
        reasons.push(
          `${language} labels that differ (${few(
            otherLabels.map((l) => `"${l}"`),
            ' vs ',
          )}) yet the other language's the same`,
        );
      } else {
        const measures = [...new Set(clashing.map((i) => i.measureId))];
        const periods = new Map<string, number>();
        for (const i of clashing)
          periods.set(i.period?.label ?? 'none', (periods.get(i.period?.label ?? 'none') ?? 0) + 1);
        const repeated = [...periods].filter(([, n]) => n > 1).map(([p]) => p);
        reasons.push(
          measures.length > 1
            ? `different measures (${few(measures, ', ')})`
            : `the same period (${few(repeated, ', ')})`,
        );
      }
      const idList = listed(ids);
      problems.push(
        new PipelineError(
          { ...locate(clashing[0]!.id), key: 'label' },
          `a label of its own within the place (or the same label, the same measure and another period); ${clashing.length} figures share ${shared}: ${idList.length > 12 ? `${idList.slice(0, 12).join(', ')}, …` : idList.join(', ')}`,
          reasons.join('; '),
        ),
      );
    }
  }
  return problems;
}

/** At most `n` items, then how many in all. */
function few(items: string[], separator: string, n = 4): string {
  return items.length <= n
    ? items.join(separator)
    : `${items.slice(0, n).join(separator)}${separator}… (${items.length} in all)`;
}

/** Every article gets the curated English gloss of its headline, and of its subheadline when it has one. */
export function checkGlosses(articles: Article[], note: AnnotationFile<PageAnnotation>): PipelineError[] {
  const problems: PipelineError[] = [];
  const seen = new Set<string>();
  note.data.articles.forEach((g, n) => {
    const where = { file: note.file, line: note.lineAt(['articles', n]), key: `articles.${n}` };
    if (seen.has(g.region))
      problems.push(new PipelineError(where, 'one gloss per article', `a second for region "${g.region}"`));
    seen.add(g.region);
    const article = articles.find((a) => a.regionId === g.region);
    if (!article)
      problems.push(
        new PipelineError(where, 'a gloss for an article on this page', `no article on region "${g.region}"`),
      );
    else if (!article.subheadline && g.subheadline)
      problems.push(
        new PipelineError(
          { ...where, id: article.id },
          'no subheadline gloss for an article without a subheadline',
          `"${g.subheadline.en}"`,
        ),
      );
  });
  for (const a of articles) {
    const gloss = note.data.articles.find((g) => g.region === a.regionId);
    if (!gloss) {
      problems.push(
        new PipelineError(
          { file: note.file, line: note.lineAt(['articles']), id: a.id, key: 'articles' },
          `an English gloss of the headline "${a.headline}" (articles: - region: ${a.regionId}, headline: { en: … })`,
          'none',
          'articles have no headline gloss under articles:',
        ),
      );
    } else if (a.subheadline && !gloss.subheadline) {
      problems.push(
        new PipelineError(
          { file: note.file, line: note.lineAt(['articles', note.data.articles.indexOf(gloss)]), id: a.id },
          `an English gloss of the subheadline "${a.subheadline}" (subheadline: { en: … })`,
          'none',
        ),
      );
    }
  }
  return problems;
}

/** Story and headline ids name indicators; context figures never stand for the place; one axis holds one dimension. */
export function checkStories(
  file: AnnotationFile<StoriesAnnotation>,
  indicators: Indicator[],
  measures: Measure[],
): PipelineError[] {
  const problems: PipelineError[] = [];
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const measureOf = new Map(measures.map((m) => [m.id, m]));
  const dimension = (i: Indicator) => measureOf.get(i.measureId)?.dimension;

  const resolve = (
    ref: string,
    path: (string | number)[],
    role: 'figure' | 'context allowed',
    regionId?: string,
  ): Indicator | undefined => {
    const where = { file: file.file, line: file.lineAt(path), id: ref, key: path.join('.') };
    const found = byId.get(ref);
    if (!found) {
      problems.push(
        new PipelineError(
          where,
          'an indicator id from the dataset',
          `"${ref}" (no such indicator)`,
          'story and headline ids name no indicator of the dataset',
        ),
      );
      return undefined;
    }
    if (role === 'figure' && found.subject === 'context') {
      problems.push(
        new PipelineError(
          where,
          'a figure of the place or an entity in it, not context',
          `"${ref}" is a context figure (${found.subjectName?.en ?? 'beyond the place'})`,
        ),
      );
    }
    if (regionId && found.regionId !== regionId) {
      problems.push(
        new PipelineError(where, `an indicator of the story's region (${regionId})`, `"${ref}" of ${found.regionId}`),
      );
    }
    return found;
  };

  file.data.headlines.forEach((ref, n) => resolve(ref, ['headlines', n], 'figure'));
  const headlineSeen = new Set<string>();
  file.data.headlines.forEach((ref, n) => {
    if (headlineSeen.has(ref))
      problems.push(
        new PipelineError(
          { file: file.file, line: file.lineAt(['headlines', n]), id: ref },
          'each headline figure once',
          'a repeat',
        ),
      );
    headlineSeen.add(ref);
  });

  const storyIds = new Set<string>();
  file.data.stories.forEach((story, n) => {
    const at = (...rest: (string | number)[]) => ['stories', n, ...rest];
    const storyWhere = { file: file.file, line: file.lineAt(at()), id: story.id };
    if (storyIds.has(story.id)) problems.push(new PipelineError(storyWhere, 'a unique story id', 'a duplicate'));
    storyIds.add(story.id);
    const oneAxis = (list: (Indicator | undefined)[], what: string) => {
      const dims = new Set(list.flatMap((i) => (i ? [dimension(i)] : [])));
      if (dims.size > 1)
        problems.push(
          new PipelineError(
            storyWhere,
            `${what} of one measure dimension (they share an axis)`,
            `${[...dims].join(', ')}`,
          ),
        );
    };
    const region = story.regionId;
    switch (story.kind) {
      case 'bars': {
        const bars = story.indicatorIds.map((ref, k) => resolve(ref, at('indicatorIds', k), 'figure', region));
        oneAxis(bars, 'bars');
        const ids = new Set(bars.flatMap((b) => (b ? [b.measureId] : [])));
        if (story.category === 'period' && ids.size > 1) {
          problems.push(
            new PipelineError(
              storyWhere,
              'bars named by period to be one measure across periods',
              `${[...ids].join(', ')}`,
            ),
          );
        }
        break;
      }
      case 'part-of-whole': {
        const whole = resolve(story.wholeId, at('wholeId'), 'figure', region);
        const parts = story.partIds.map((ref, k) => resolve(ref, at('partIds', k), 'figure', region));
        oneAxis([whole, ...parts], 'a whole and its parts');
        if (!story.note)
          problems.push(
            new PipelineError(
              storyWhere,
              'a note saying what the text says of each part, and whether they add up to the whole',
              'none',
            ),
          );
        break;
      }
      case 'counts':
        story.indicatorIds.forEach((ref, k) => resolve(ref, at('indicatorIds', k), 'figure', region));
        break;
      case 'rate': {
        const numerator = resolve(story.numeratorId, at('numeratorId'), 'figure', region);
        const denominator = resolve(story.denominatorId, at('denominatorId'), 'figure', region);
        oneAxis([numerator, denominator], 'a numerator and a denominator');
        break;
      }
      case 'rank': {
        const rank = resolve(story.rankId, at('rankId'), 'figure', region);
        const of = resolve(story.ofId, at('ofId'), 'context allowed', region);
        if (rank && rank.status !== 'rank')
          problems.push(new PipelineError({ ...storyWhere, key: 'rankId' }, 'a figure of status rank', rank.status));
        if (of && of.status === 'rank')
          problems.push(
            new PipelineError({ ...storyWhere, key: 'ofId' }, 'the size of the ranking (a count), not a rank', of.id),
          );
        break;
      }
    }
  });
  return problems;
}

const baseName = (path: string) => path.split(/[\\/]/).at(-1)!;

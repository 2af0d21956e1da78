// The vocabulary of measures (data/annotations/measures.yaml) as the pipeline
// uses it. A base measure's `variants:` are expanded here into ordinary measures
// (its growth rate, its rank, a change of its rank), so the file names each
// statistic once; the build, the dataset and the draft all read the expanded
// list. Problems (an id taken twice, a term that names two measures of one
// dimension, a comparable measure that does not fit) name the file and line.
import { z } from 'zod';
import type { Dimension, Indicator, Measure, MeasureKind } from '../src/domain/schema.ts';
import {
  measureAnnotationSchema,
  readAnnotationFile,
  type AnnotationFile,
  type MeasureAnnotation,
  type MEASURE_VARIANTS,
} from './annotations.ts';
import { PipelineError, throwAll } from './errors.ts';

export type MeasureVariant = (typeof MEASURE_VARIANTS)[number];

/** A measure of the vocabulary: the dataset's fields and the words that name it in text. */
export interface VocabularyMeasure extends Measure {
  /** The words that name it in a clause (Chinese, and Latin abbreviations such as GDP); empty when the draft never proposes it. */
  terms: string[];
  /** For a measure expanded from a base's `variants:`: the base and the variant. */
  variantOf?: { id: string; variant: MeasureVariant };
}

type Bilingual = Measure['name'];

interface VariantRule {
  name: (base: Bilingual) => Bilingual;
  dimension: Dimension;
  kind: MeasureKind;
  /** Its terms from the base's (the base's own, unless said). */
  terms?: (base: string[]) => string[];
}

/** A growth rate's rank is named by the growth: 地区生产总值增速全市第1, GDP同比增幅居第3. */
const GROWTH_WORDS = ['增速', '增幅', '同比增速', '同比增幅', '增长速度'];
const growthTerms = (terms: string[]) => terms.flatMap((t) => GROWTH_WORDS.map((w) => `${t}${w}`));

/**
 * How each variant derives from its base (its id is `<base>-<variant>`). The
 * unit's dimension tells a growth rate (%) or a rank (第3位) from the level
 * (亿元), so these take the base's terms; the rank of a growth rate shares the
 * rank's dimension, so its terms name the growth. A change of rank (前进7个位次)
 * counts places: a count over a period, not a rank.
 */
const VARIANT_RULES: Record<MeasureVariant, VariantRule> = {
  growth: { name: (b) => ({ zh: `${b.zh}增速`, en: `${b.en}, growth` }), dimension: 'share', kind: 'rate' },
  rank: { name: (b) => ({ zh: `${b.zh}排名`, en: `${b.en}, rank` }), dimension: 'rank', kind: 'rank' },
  'rank-change': {
    name: (b) => ({ zh: `${b.zh}排名位次变化`, en: `${b.en}, change in rank` }),
    dimension: 'count',
    kind: 'flow',
  },
  'growth-rank': {
    name: (b) => ({ zh: `${b.zh}增速排名`, en: `${b.en}, growth rank` }),
    dimension: 'rank',
    kind: 'rank',
    terms: growthTerms,
  },
  'growth-rank-change': {
    name: (b) => ({ zh: `${b.zh}增速排名位次变化`, en: `${b.en}, change in growth rank` }),
    dimension: 'count',
    kind: 'flow',
    terms: growthTerms,
  },
};

/** Terms compare as the draft should match them: full-width forms folded (ＧＤＰ is GDP), case ignored. */
export const termKey = (term: string) => term.normalize('NFKC').toLowerCase();

type Path = (string | number)[];

/**
 * The vocabulary with every variant expanded (each right after its base, in
 * file order) and `comparable` listed on both sides; the problems found.
 */
export function expandMeasures(file: AnnotationFile<MeasureAnnotation[]>): {
  measures: VocabularyMeasure[];
  problems: PipelineError[];
} {
  const problems: PipelineError[] = [];
  const at = (path: Path, id: string, key?: string) => ({
    file: file.file,
    line: file.lineAt(path),
    id,
    ...(key ? { key } : {}),
  });
  /** Each measure with the path of the entry that declares it (for a variant: its item under `variants:`). */
  const entries: { measure: VocabularyMeasure; path: Path; termsPath?: Path }[] = [];
  file.data.forEach((m, n) => {
    entries.push({
      measure: { id: m.id, name: m.name, dimension: m.dimension, kind: m.kind, comparable: [], terms: m.terms ?? [] },
      path: [n, 'id'],
      termsPath: [n, 'terms'],
    });
    (m.variants ?? []).forEach((variant, k) => {
      const rule = VARIANT_RULES[variant];
      entries.push({
        measure: {
          id: `${m.id}-${variant}`,
          name: rule.name(m.name),
          dimension: rule.dimension,
          kind: rule.kind,
          comparable: [],
          terms: (rule.terms ?? ((t) => t))(m.terms ?? []),
          variantOf: { id: m.id, variant },
        },
        path: [n, 'variants', k],
      });
    });
  });

  // An id names one measure, whether written or expanded. A clash is reported
  // at the variant (the id no one wrote), else at each repeat of the id.
  const byIdAll = new Map<string, typeof entries>();
  for (const e of entries) byIdAll.set(e.measure.id, [...(byIdAll.get(e.measure.id) ?? []), e]);
  for (const [id, same] of byIdAll) {
    if (same.length < 2) continue;
    const blamed = same.some((e) => e.measure.variantOf) ? same.filter((e) => e.measure.variantOf) : same.slice(1);
    for (const e of blamed) {
      const others = same
        .filter((o) => o !== e)
        .map((o) => file.lineAt(o.path))
        .join(', ');
      const variant = e.measure.variantOf;
      problems.push(
        variant
          ? new PipelineError(
              at(e.path, variant.id, e.path.join('.')),
              `a variant whose id (${id}) no other measure has`,
              `the id of the measure at line ${others} (drop "${variant.variant}" from variants, or rename that measure)`,
            )
          : new PipelineError(at(e.path, id), 'a unique measure id', `a duplicate (of the measure at line ${others})`),
      );
    }
  }

  // A term names one measure per dimension, so a clause and its unit pick one.
  const named = new Map<string, { measure: VocabularyMeasure; line: number | undefined }>();
  for (const { measure, path, termsPath } of entries) {
    measure.terms.forEach((term, k) => {
      // A variant's terms are its base's: it is located at its item under `variants:`.
      const termPath = termsPath ? [...termsPath, k] : path;
      const key = `${measure.dimension} ${termKey(term)}`;
      const other = named.get(key);
      if (!other) {
        named.set(key, { measure, line: file.lineAt(termPath) });
        return;
      }
      const where = at(termPath, measure.variantOf?.id ?? measure.id, termPath.join('.'));
      if (other.measure === measure) {
        problems.push(new PipelineError(where, 'each term once in a measure', `"${term}" again`));
        return;
      }
      const own = measure.variantOf ? ` (${measure.id} takes the terms of ${measure.variantOf.id})` : '';
      const whose = other.measure.variantOf
        ? `${other.measure.id}, the ${other.measure.variantOf.variant} variant of ${other.measure.variantOf.id}`
        : other.measure.id;
      problems.push(
        new PipelineError(
          where,
          `terms that name no other ${measure.dimension} measure${own}`,
          `"${term}", a term of ${whose} (line ${other.line})`,
        ),
      );
    });
  }

  // Comparable measures share a dimension; declared on one side, listed on both.
  const byId = new Map(entries.map((e) => [e.measure.id, e.measure]));
  const comparable = new Map(entries.map((e) => [e.measure.id, new Set<string>()]));
  file.data.forEach((m, n) => {
    (m.comparable ?? []).forEach((other, k) => {
      const where = at([n, 'comparable', k], m.id, `comparable.${k}`);
      const target = byId.get(other);
      if (!target) problems.push(new PipelineError(where, 'a measure id from measures.yaml', `"${other}"`));
      else if (other === m.id) problems.push(new PipelineError(where, 'another measure', 'the measure itself'));
      else if (target.dimension !== m.dimension) {
        problems.push(
          new PipelineError(
            where,
            `a comparable measure of the same dimension (${m.dimension})`,
            `"${other}" (${target.dimension})`,
          ),
        );
      } else {
        comparable.get(m.id)!.add(other);
        comparable.get(other)!.add(m.id);
      }
    });
  });
  const order = new Map(entries.map((e, n) => [e.measure.id, n]));
  for (const { measure } of entries)
    measure.comparable = [...comparable.get(measure.id)!].sort((a, b) => order.get(a)! - order.get(b)!);

  return {
    measures: entries.map((e) => e.measure),
    problems: problems.sort((a, b) => (a.where.line ?? 0) - (b.where.line ?? 0)),
  };
}

/**
 * measures.yaml's text → the expanded vocabulary, each measure with its terms.
 * Throws every problem of the file at once (PipelineError or PipelineErrors).
 */
export function readMeasures(text: string, file: string): VocabularyMeasure[] {
  const { measures, problems } = expandMeasures(readAnnotationFile(text, z.array(measureAnnotationSchema), file));
  throwAll(problems);
  return measures;
}

/** A vocabulary measure as the dataset carries it: no terms, no derivation. */
export const datasetMeasure = ({ id, name, dimension, kind, comparable }: VocabularyMeasure): Measure => ({
  id,
  name,
  dimension,
  kind,
  comparable,
});

/**
 * The measures a dataset carries: those its indicators use and those these
 * declare comparable, in the vocabulary's order; `comparable` keeps only
 * measures carried, so every id the dataset holds resolves.
 */
export function measuresInUse(
  measures: readonly Measure[],
  indicators: readonly Pick<Indicator, 'measureId'>[],
): Measure[] {
  const used = new Set(indicators.map((i) => i.measureId));
  const carried = new Set(used);
  for (const m of measures) if (used.has(m.id)) for (const other of m.comparable) carried.add(other);
  return measures
    .filter((m) => carried.has(m.id))
    .map(({ id, name, dimension, kind, comparable }) => ({
      id,
      name,
      dimension,
      kind,
      comparable: comparable.filter((c) => carried.has(c)),
    }));
}

/**
 * The measure a clause names, among those of the dimensions its number's unit
 * allows: the one with the longest term the clause holds; at equal length, the
 * term nearer the clause's end (nearer the number), then the vocabulary's order.
 */
export function proposeMeasure(
  measures: readonly VocabularyMeasure[],
  clause: string,
  dimensions: readonly Dimension[],
): VocabularyMeasure | undefined {
  const text = termKey(clause);
  let best: { measure: VocabularyMeasure; length: number; end: number } | undefined;
  for (const measure of measures) {
    if (!dimensions.includes(measure.dimension)) continue;
    for (const term of measure.terms) {
      const key = termKey(term);
      const at = text.lastIndexOf(key);
      if (at < 0) continue;
      const found = { measure, length: key.length, end: at + key.length };
      if (!best || found.length > best.length || (found.length === best.length && found.end > best.end)) best = found;
    }
  }
  return best?.measure;
}

// A schema problem in the curator's words. zod words its issues for a
// programmer ("Too small: expected string to have >=1 characters"); a curator
// needs to read what the key should hold ("an English label") and what the
// file holds there ("an empty text"). Each problem also names its kind of gap
// (`indicators have no English label`), so a half-finished draft, where the
// same gap recurs a hundred times, is summarised as one line per kind
// (errors.ts, formatProblems).
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** What a key holds, in words, for the keys a curator fills in most. Paths with list indexes as `*`. */
const FIELDS: Record<string, string> = {
  'indicators.*.id': 'an id (lowercase words joined by hyphens)',
  'indicators.*.label.en': 'an English label',
  'indicators.*.label.zh': 'a Chinese label',
  'indicators.*.label': 'a label (label: { zh: …, en: … })',
  'indicators.*.measure': 'a measure (an id from measures.yaml)',
  'indicators.*.region': 'a region (an id from regions.yaml)',
  'indicators.*.sectors': 'a sector (ids from sectors.yaml)',
  'indicators.*.subject': 'a subject (place, entity or context)',
  'indicators.*.subjectName.en': 'an English name of the subject',
  'indicators.*.subjectName.zh': 'a Chinese name of the subject',
  'indicators.*.status': 'a status',
  'indicators.*.value': 'the value as printed',
  'indicators.*.unit': 'the unit as printed',
  'ignore.*.region': 'a region (an id from regions.yaml)',
  'ignore.*.find': 'the text around the numbers to ignore',
  'ignore.*.why': 'a reason',
  'articles.*.region': 'a region (an id from regions.yaml)',
  'articles.*.headline.en': 'an English gloss of the headline',
  'articles.*.headline': 'a headline gloss (headline: { en: … })',
  'articles.*.subheadline.en': 'an English gloss of the subheadline',
  '*.name.en': 'an English name',
  '*.name.zh': 'a Chinese name',
};

const TYPES: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  object: 'a mapping (key: value)',
};

/** A value as the file holds it, briefly. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'none (the key is missing)';
  if (value === null) return 'an empty value';
  if (value === '') return 'an empty text';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'number') return `${value} (a number)`;
  if (typeof value === 'boolean') return `${value} (true or false)`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  return 'a mapping';
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** The path with list indexes as `*`: the same key of every indicator reads the same. */
export const keyPattern = (path: readonly PropertyKey[]) =>
  path.map((p) => (typeof p === 'number' ? '*' : String(p))).join('.');

function fieldWords(path: readonly PropertyKey[]): string | undefined {
  const pattern = keyPattern(path);
  return FIELDS[pattern] ?? FIELDS[pattern.replace(/^[^.]+/, '*')];
}

/** What the schema wanted, from the issue alone. */
function wanted(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPES[issue.expected] ?? `a value of type ${issue.expected}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'a non-empty text' : `a text of at least ${min} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `at least ${min} item${min === 1 ? '' : 's'}`;
      return `a number ${issue.inclusive === false ? 'above' : 'of at least'} ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `a text of at most ${max} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `at most ${max} item${max === 1 ? '' : 's'}`;
      return `a number ${issue.inclusive === false ? 'below' : 'of at most'} ${max}`;
    }
    case 'invalid_value':
      return `one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      // Our schemas word their patterns (regex(…, 'lowercase words joined by hyphens')); zod's own default starts "Invalid".
      return /^Invalid/.test(issue.message) ? `a text of the form ${issue.pattern ?? issue.format}` : issue.message;
    case 'invalid_union': {
      const options = 'options' in issue ? issue.options : undefined;
      if (options?.length) return `one of ${options.map(String).join(', ')}`;
      const each = issue.errors
        .map((alternative) => (alternative[0] ? wanted(alternative[0]) : undefined))
        .filter((w): w is string => Boolean(w));
      return each.length ? [...new Set(each)].join(' or ') : 'a value of one of the allowed forms';
    }
    case 'not_multiple_of':
      return `a multiple of ${issue.divisor}`;
    default:
      return issue.message;
  }
}

/** The owner of a key, in the plural: `indicators`, `articles`, or the file's entries (`regions`). */
function owners(path: readonly PropertyKey[], file: string): string {
  const top = path[0];
  if (typeof top === 'string' && typeof path[1] === 'number') return top === 'ignore' ? 'ignore entries' : top;
  const base = file
    .split(/[\\/]/)
    .at(-1)!
    .replace(/\.ya?ml$/, '');
  return typeof top === 'number' ? base : `${base} files`;
}

export interface PlainIssue {
  expected: string;
  found: string;
  /** The kind of gap, a plural phrase read after a count: `indicators have no English label (label.en)`. */
  gap: string;
}

/** One schema issue in plain words: what the key should hold, what it holds, and its kind of gap. */
export function plainIssue(issue: Issue, value: unknown, file: string): PlainIssue {
  const field = fieldWords(issue.path);
  const general = wanted(issue);
  const key =
    keyPattern(issue.path.slice(typeof issue.path[1] === 'number' ? 2 : typeof issue.path[0] === 'number' ? 1 : 0)) ||
    keyPattern(issue.path);
  const found = describeValue(value);
  const who = owners(issue.path, file);
  if (issue.path.length === 0)
    return { expected: `a document: ${general}`, found, gap: `${who} that are not ${general}` };
  // An empty or missing value is a gap to fill: the field's name says what goes there.
  // A wrong one is a mistake: what the schema wants (an enum's values, a type, a form) says more.
  if (isEmpty(value) && (issue.code === 'too_small' || issue.code === 'invalid_type')) {
    const what = field ?? general;
    return {
      expected: what,
      found,
      gap: `${who} have no ${what.replace(/^(?:an?|the) /, '').replace(/ \(.*\)$/, '')} (${key})`,
    };
  }
  const expected = field ? `${field}: ${general}` : general;
  const gap = `${who} whose ${key} is not ${general}`;
  return { expected, found, gap };
}

/** The kind of gap of an unknown key: the same stray key in many entries reads as one line. */
export const unknownKeyGap = (path: readonly PropertyKey[], key: string, file: string) =>
  `${owners(path, file)} with an unknown key "${key}"`;

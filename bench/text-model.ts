// A seeded character n-gram model of the real articles' prose, for the synthetic
// corpus's filler. Copies of the same few pages, even with their numbers changed,
// gzip ~38×; real Chinese prose gzips 2–4×. Sentences drawn from a model of the
// real text read like the pages (their words, their punctuation, their lengths)
// without repeating them, so a file of synthetic articles or quotes costs about
// what a real one would, over the wire and in memory.
//
// Characters are numbered 1..n (0 marks a sentence's start). Each context of up
// to `order - 1` characters keeps every character that followed it in training,
// with repeats: picking one uniformly is picking by frequency, in O(1). Contexts
// are numbered too, and a context with one more character is found from the
// shorter one's number and that character: drawing a character costs a few small
// integer look-ups, with no strings built, even at ×10000.

/** Where a sentence ends. */
const TERMINATORS = new Set(['。', '！', '？']);
/** Where a clause ends, inside a sentence. */
const CLAUSE_ENDS = new Set(['，', '；', '：', ...TERMINATORS]);
/** Paired marks a fragment drops when they don't pair up inside it. */
const PAIRS: readonly [string, string][] = [
  ['“', '”'],
  ['‘', '’'],
  ['《', '》'],
  ['（', '）'],
  ['(', ')'],
];

export interface CharModel {
  /** Characters by number; index 0 is the sentence start, never drawn. */
  readonly chars: readonly string[];
  readonly order: number;
  /** By context length (1..order-1): a context's number from its shorter context's number × chars + its last character. */
  readonly extend: readonly Map<number, number>[];
  /** By context length (1..order-1), by context number: the characters seen after it, with repeats. */
  readonly followers: readonly Uint16Array[][];
  /** Every character seen, with repeats: the context-free fallback. */
  readonly unigram: Uint16Array;
}

export interface DrawOptions {
  /**
   * The chance, at each context length, of ignoring that context for a shorter one.
   * 0 copies long runs of the training text (it compresses like copies do); 1 draws
   * characters by frequency alone (noise). In between reads like prose.
   */
  backoff: number;
}

/** Splits prose after each sentence's end mark (and the closing quote that follows it). */
export function sentencesOf(text: string): string[] {
  return text.match(/[^。！？]*(?:[。！？]+[”’」』）)]*|$)/g)?.filter((s) => s.length > 0) ?? [];
}

/** No context: the number of a context nothing in training ended with. */
const UNSEEN = -1;

/**
 * The contexts after character `c`, from those before it: each length's context is
 * the shorter one before it plus `c`. Length 0 is the one empty context.
 */
function advance(
  extend: readonly Map<number, number>[],
  radix: number,
  before: Int32Array,
  c: number,
  into: Int32Array,
) {
  into[0] = 0;
  for (let length = 1; length < before.length; length++) {
    const shorter = before[length - 1]!;
    into[length] = shorter === UNSEEN ? UNSEEN : (extend[length]!.get(shorter * radix + c) ?? UNSEEN);
  }
}

/** The contexts at a sentence's start: every length's run of start marks. */
function startContexts(extend: readonly Map<number, number>[], radix: number, order: number): Int32Array {
  const contexts = new Int32Array(order);
  for (let length = 1; length < order; length++)
    contexts[length] = extend[length]!.get(contexts[length - 1]! * radix) ?? UNSEEN;
  return contexts;
}

export function trainCharModel(texts: readonly string[], order = 3): CharModel {
  if (order < 1 || order > 4) throw new Error(`order ${order}: 1 to 4`);
  const chars = [''];
  const number = new Map<string, number>();
  const numberOf = (c: string) => {
    let n = number.get(c);
    if (n === undefined) {
      n = chars.push(c) - 1;
      number.set(c, n);
    }
    return n;
  };
  // Characters outside the BMP (none in the pages so far) are left out: the stream draws UTF-16 code units.
  const sentences = texts.flatMap(sentencesOf).map((s) =>
    Array.from(s)
      .filter((c) => c.length === 1)
      .map(numberOf),
  );
  if (chars.length > 0xffff) throw new Error('too many distinct characters for a Uint16Array');
  const radix = chars.length;
  const extend = Array.from({ length: order }, () => new Map<number, number>());
  const lists: number[][][] = Array.from({ length: order }, () => []);
  /** A context's number, numbered on first sight. */
  const contextOf = (length: number, shorter: number, c: number) => {
    const key = shorter * radix + c;
    let id = extend[length]!.get(key);
    if (id === undefined) {
      id = lists[length]!.push([]) - 1;
      extend[length]!.set(key, id);
    }
    return id;
  };
  const unigram: number[] = [];
  for (const sentence of sentences) {
    // A sentence starts after order - 1 start marks.
    let contexts = new Int32Array(order);
    for (let length = 1; length < order; length++) contexts[length] = contextOf(length, contexts[length - 1]!, 0);
    for (const c of sentence) {
      unigram.push(c);
      for (let length = 1; length < order; length++) lists[length]![contexts[length]!]!.push(c);
      const next = new Int32Array(order);
      for (let length = 1; length < order; length++) next[length] = contextOf(length, contexts[length - 1]!, c);
      contexts = next;
    }
  }
  const followers = lists.map((byContext) => byContext.map((list) => Uint16Array.from(list)));
  return { chars, order, extend, followers, unigram: Uint16Array.from(unigram) };
}

/** One character after `contexts`: from the longest context it has seen, unless the draw backs off to a shorter one. */
function nextChar(model: CharModel, contexts: Int32Array, random: () => number, backoff: number): number {
  for (let length = model.order - 1; length >= 1; length--) {
    if (random() < backoff) continue;
    const context = contexts[length]!;
    const seen = context === UNSEEN ? undefined : model.followers[length]![context];
    if (seen && seen.length > 0) return seen[Math.floor(random() * seen.length)]!;
  }
  return model.unigram[Math.floor(random() * model.unigram.length)]!;
}

/** Drops a fragment's paired marks when they don't pair up inside it: a quote opened in filler is never left open. */
export function balancePairs(text: string): string {
  if (!/[“”‘’《》（）()]/.test(text)) return text;
  let out = text;
  for (const [open, close] of PAIRS) {
    let depth = 0;
    let balanced = true;
    for (const c of out) {
      if (c === open) depth++;
      else if (c === close && --depth < 0) balanced = false;
    }
    if (!balanced || depth !== 0) out = out.split(open).join('').split(close).join('');
  }
  return out;
}

/**
 * A run of drawn characters, as UTF-16 code units (a sentence is built from an array
 * of them at once, not a character at a time): each follows those before it, and a
 * sentence's end starts the next sentence afresh.
 */
export interface CharStream {
  next(): number;
  /** Starts a new sentence, whatever was drawn last. */
  restart(): void;
}

const codes = (marks: Iterable<string>) => new Set(Array.from(marks, (c) => c.charCodeAt(0)));
const SENTENCE_END_CODES = codes(TERMINATORS);
const CLAUSE_END_CODES = codes(CLAUSE_ENDS);
const ENUMERATION = '、'.charCodeAt(0);

export function charStream(model: CharModel, random: () => number, options: DrawOptions): CharStream {
  const radix = model.chars.length;
  const start = startContexts(model.extend, radix, model.order);
  const units = Uint16Array.from(model.chars, (c) => c.charCodeAt(0) || 0);
  let contexts = Int32Array.from(start);
  let spare = new Int32Array(model.order);
  const restart = () => contexts.set(start);
  return {
    next() {
      const c = nextChar(model, contexts, random, options.backoff);
      if (SENTENCE_END_CODES.has(units[c]!)) restart();
      else {
        advance(model.extend, radix, contexts, c, spare);
        const before = contexts;
        contexts = spare;
        spare = before;
      }
      return units[c]!;
    },
    restart,
  };
}

/**
 * Whole sentences, drawn until they come to about `length` characters; each ends
 * with its mark (one cut short ends with 。).
 */
export function drawSentences(stream: CharStream, length: number): string {
  let text = '';
  while (text.length < length * 0.8) {
    stream.restart();
    const room = Math.max(8, Math.round(length * 1.2) - text.length);
    const sentence: number[] = [];
    let end = 0;
    while (sentence.length < room && !end) {
      const c = stream.next();
      if (SENTENCE_END_CODES.has(c)) end = c;
      else sentence.push(c);
    }
    const body = balancePairs(String.fromCharCode(...sentence)).replace(/^[，；：、]+|[，；：、]+$/g, '');
    if (body.length >= 2) text += body + (end ? String.fromCharCode(end) : '。');
  }
  return text;
}

/**
 * About `length` characters (at least 2) of a sentence's words, with no mark of a
 * clause's or a sentence's end: to stand where a clause of a sentence stood.
 */
export function drawClause(stream: CharStream, length: number): string {
  const want = Math.max(2, length);
  stream.restart();
  let words = '';
  // Balancing a run's paired marks can leave it short: draw on until two characters stand.
  while (words.length < 2) {
    const run = Array.from(words, (c) => c.charCodeAt(0));
    while (run.length < want) {
      const c = stream.next();
      const doubled = c === ENUMERATION && (run.length === 0 || run[run.length - 1] === ENUMERATION);
      if (!CLAUSE_END_CODES.has(c) && !doubled) run.push(c);
    }
    words = balancePairs(String.fromCharCode(...run)).replace(/、+$/, '');
  }
  return words;
}

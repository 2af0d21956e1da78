// Curated texts that name something (labels, headline glosses, subject names)
// and have grown into sentences. They do not stop the build: the app wraps or
// truncates any text and keeps the whole of it available. They are warned
// about, once at the end of a run, because such a text is nearly always a
// clause copied whole from the page (the draft proposes the clause before a
// number) or a paste gone wrong.
//
// The limits: a Chinese character carries about what two Latin letters carry
// and takes twice their width, so 80 characters of Chinese and 160 of English
// fill about the same room: four lines of an indicator tile on a 375 px phone,
// and three to six times the longest label, gloss or name curated so far (26
// Chinese, 84 English). A name past that no longer reads at a glance.
import type { Dataset } from '../src/domain/schema.ts';

export const LONGEST = { zh: 80, en: 160 } as const;

/** Counted in characters as a reader sees them (code points), not UTF-16 units. */
const length = (text: string) => [...text].length;

/** Each curated text past its language's limit: where it is, and how long. */
export function longTexts(dataset: Pick<Dataset, 'indicators' | 'articles'>): string[] {
  const out: string[] = [];
  const check = (what: string, key: string, text: string | undefined, lang: 'zh' | 'en') => {
    if (text !== undefined && length(text) > LONGEST[lang])
      out.push(
        `${what}, ${key}: ${length(text)} characters (at most ${LONGEST[lang]} in ${lang === 'zh' ? 'Chinese' : 'English'}): "${[...text].slice(0, 40).join('')}…"`,
      );
  };
  for (const i of dataset.indicators) {
    check(`indicator ${i.id}`, 'label.zh', i.label.zh, 'zh');
    check(`indicator ${i.id}`, 'label.en', i.label.en, 'en');
    check(`indicator ${i.id}`, 'subjectName.zh', i.subjectName?.zh, 'zh');
    check(`indicator ${i.id}`, 'subjectName.en', i.subjectName?.en, 'en');
  }
  for (const a of dataset.articles) {
    check(`article ${a.id}`, 'headline.en', a.headlineEn, 'en');
    check(`article ${a.id}`, 'subheadline.en', a.subheadlineEn, 'en');
  }
  return out;
}

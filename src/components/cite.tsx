// "引用 / Cite": a citation line in GB/T 7714 and in APA style for an article or
// one of its indicators, each with a copy button.
import { CopyButton } from './copy-button.tsx';
import type { ArticleSummary, IndicatorSummary } from '../domain/app-data.ts';
import { citeApa, citeGbt } from '../format/citation.ts';
import { useIndex, useT } from '../hooks/view-context.tsx';

// Runs of Chinese (names, the original headline) inside a line in another language.
const CHINESE_RUN =
  /([\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”]+(?:[\s·•]*[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”]+)*)/;

/** The text, each Chinese run marked as such, so a screen reader reads it in Chinese. */
function MarkedText({ text }: { text: string }) {
  return text.split(CHINESE_RUN).map((part, n) =>
    n % 2 === 1 ? (
      <span key={n} lang="zh-CN">
        {part}
      </span>
    ) : (
      part
    ),
  );
}

function CopyLine({ label, text, lang }: { label: string; text: string; lang?: string }) {
  return (
    <div className="cite-line">
      <p>
        <strong>{label}</strong>{' '}
        <span className="cite-text" lang={lang}>
          {lang ? text : <MarkedText text={text} />}
        </span>
      </p>
      <CopyButton text={text} />
    </div>
  );
}

/** The citation of an article (or of one indicator in it), at the given address. */
export function Cite({
  article,
  indicator,
  path,
}: {
  article: ArticleSummary;
  indicator?: IndicatorSummary;
  path: string;
}) {
  const index = useIndex();
  const t = useT();
  const source = index.dataset.sources.find((s) => s.id === article.sourceId);
  if (!source) return null;
  const input = { article, source, indicator, url: new URL(path, window.location.origin).href, accessed: new Date() };
  return (
    <details className="cite">
      <summary>{t('cite')}</summary>
      {/* A Chinese national standard's citation is Chinese text throughout. */}
      <CopyLine label="GB/T 7714" text={citeGbt(input)} lang="zh-CN" />
      <CopyLine label="APA" text={citeApa(input)} />
    </details>
  );
}

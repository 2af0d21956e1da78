// "嵌入 / Embed": the `<iframe>` snippet of an embed view, with a copy button.
import { useState } from 'react';
import { datasetVersion } from '../data/load-dataset.ts';
import { CopyButton } from './copy-button.tsx';
import { useLang, useT } from '../hooks/view-context.tsx';
import { iframeSnippet } from '../url/embed.ts';

function embedSrc(path: string, lang: string): string {
  const src = new URL(path, window.location.origin);
  if (lang !== 'zh') src.searchParams.set('lang', lang);
  src.searchParams.set('v', datasetVersion);
  return src.href;
}

export function EmbedControl({ path, title, height }: { path: string; title: string; height: number }) {
  const t = useT();
  const lang = useLang();
  // Built once opened: the address needs the page's origin (never known to the build-time prerender).
  const [open, setOpen] = useState(false);
  const snippet = open ? iframeSnippet({ src: embedSrc(path, lang), title: t('embedTitle', { title }), height }) : '';
  return (
    <details className="embed-control" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('embed')}</summary>
      {open && (
        <>
          <p className="note">{t('embedHelp')}</p>
          <textarea
            readOnly
            rows={3}
            value={snippet}
            aria-label={t('embed')}
            onFocus={(e) => e.currentTarget.select()}
          />
          <CopyButton text={snippet} />
        </>
      )}
    </details>
  );
}

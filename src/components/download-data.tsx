// "Download the data": the rows a view shows, as CSV or JSON, each with its
// sentence, source and link. The export code (and its CSV writer) loads only
// when a download is asked for.
import { useState } from 'react';
import { loadQuotes } from '../data/load-dataset.ts';
import type { IndicatorSummary } from '../domain/app-data.ts';
import { useIndex, useLang, useT, useViewState } from '../hooks/view-context.tsx';
import { valueOf } from '../lib/load.ts';
import { sentenceHrefs } from '../url/href.ts';
import { saveFile as save } from './save-file.ts';


export function DownloadData({ rows, fileName, title }: { rows: () => IndicatorSummary[]; fileName: string; title: string }) {
  const index = useIndex();
  const lang = useLang();
  const t = useT();
  const { view } = useViewState();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async (format: 'csv' | 'json') => {
    setState('busy');
    try {
      // Without the quotes file the sentences are left empty rather than the download refused.
      const [{ exportRecords, toCsv, toJson }, quotes] = await Promise.all([import('../data/export.ts'), valueOf(loadQuotes(index)).catch(() => null)]);
      const href = sentenceHrefs(view);
      const records = exportRecords(rows(), { index, quotes, lang, link: (i) => new URL(href(i), window.location.origin).href });
      if (format === 'csv') save(toCsv(records), 'text/csv;charset=utf-8', `${fileName}.csv`);
      else save(toJson(records, { title, url: window.location.href, exportedAt: new Date().toISOString() }), 'application/json', `${fileName}.json`);
      setState('idle');
    } catch (error) {
      console.warn('download failed:', error);
      setState('failed');
    }
  };
  return (
    <div className="downloads" role="group" aria-label={t('downloadData')}>
      <span className="note">{t('downloadData')}</span>
      <button type="button" className="button small" disabled={state === 'busy'} onClick={() => void download('csv')}>
        CSV
      </button>
      <button type="button" className="button small" disabled={state === 'busy'} onClick={() => void download('json')}>
        JSON
      </button>
      {state === 'failed' && (
        <span role="alert" className="note">
          {t('downloadFailed')}
        </span>
      )}
    </div>
  );
}

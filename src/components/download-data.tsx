// "Download the data": the rows a view shows, as CSV or JSON, each with its
// sentence, source and link. The export code (and its CSV writer) loads only
// when a download is asked for.
import { INDEX_KEY, loadIndex, loadQuotes, type LoadedIndex } from '../data/load-dataset.ts';
import type { IndicatorSummary } from '../domain/app-data.ts';
import { useIndex, useLang, useT, useViewState } from '../hooks/view-context.tsx';
import { retryLoad, valueOf } from '../lib/load.ts';
import { sentenceHrefs } from '../url/href.ts';
import { DownloadButtons } from './download-buttons.tsx';
import { saveFile as save } from './save-file.ts';

const DATA_FORMATS = ['csv', 'json'] as const;

export function DownloadData({
  rows,
  everyRow = false,
  fileName,
  title,
}: {
  /**
   * The rows, from the index given: the view's own, or the whole index when the
   * view holds only the overview's own data (a download has every row).
   */
  rows: (index: LoadedIndex) => IndicatorSummary[];
  /** The rows are every figure under the filters (the table's): on the overview's own data, only the whole index has them. */
  everyRow?: boolean;
  fileName: string;
  title: string;
}) {
  const held = useIndex();
  const lang = useLang();
  const t = useT();
  const { view } = useViewState();
  const make = async (format: 'csv' | 'json') => {
    // A failed index is asked for again (a download is a reader's retry), never reused failed.
    if (held.overview && everyRow && loadIndex().get().status === 'error') retryLoad(INDEX_KEY);
    const index = held.overview && everyRow ? await valueOf(loadIndex()) : held;
    // Without the quotes file the sentences are left empty rather than the download refused.
    const [{ exportRecords, toCsv, toJson }, quotes] = await Promise.all([
      import('../data/export.ts'),
      valueOf(loadQuotes(index)).catch(() => null),
    ]);
    const href = sentenceHrefs(view);
    const records = exportRecords(rows(index), {
      index,
      quotes,
      lang,
      link: (i) => new URL(href(i), window.location.origin).href,
    });
    if (format === 'csv') save(toCsv(records), 'text/csv;charset=utf-8', `${fileName}.csv`);
    else
      save(
        toJson(records, { title, url: window.location.href, exportedAt: new Date().toISOString() }),
        'application/json',
        `${fileName}.json`,
      );
  };
  return <DownloadButtons label={t('downloadData')} formats={DATA_FORMATS} make={make} />;
}

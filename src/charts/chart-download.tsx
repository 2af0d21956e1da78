// "Download chart": the chart as PNG (twice its drawn size) or SVG, drawn by
// ECharts itself with its title, the filters in force and the source lines.
// The drawing code (export-chart.ts, with the SVG renderer) loads only on a
// click, imported by the chart module (see ChartHandle).
import { useState } from 'react';
import type { ChartCaption, ChartHandleRef } from './chart-handle.ts';
import { saveFile } from '../components/save-file.ts';
import { datasetVersion } from '../data/load-dataset.ts';
import { usePalette, useT } from '../hooks/view-context.tsx';
import { withVersion } from '../url/version.ts';

export type DownloadCaption = Omit<ChartCaption, 'link'>;

export function ChartDownload({ handle, caption }: { handle: ChartHandleRef; caption: DownloadCaption }) {
  const t = useT();
  const palette = usePalette();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async (format: 'png' | 'svg') => {
    const drawn = handle.current;
    if (!drawn) return;
    setState('busy');
    try {
      const full: ChartCaption = { ...caption, link: t('everySentenceAt', { link: withVersion(window.location.href, datasetVersion) }) };
      const colors = { background: palette.tooltipBackground, text: palette.text, subtleText: palette.subtleText };
      const file = await drawn.image(format, full, colors);
      saveFile(file, file.type, `${caption.fileName}.${format}`);
      setState('idle');
    } catch (error) {
      console.warn('chart download failed:', error);
      setState('failed');
    }
  };
  return (
    <div className="downloads chart-download" role="group" aria-label={t('downloadChart')}>
      <span className="note">{t('downloadChart')}</span>
      <button type="button" className="button small" disabled={state === 'busy'} onClick={() => void download('png')}>
        PNG
      </button>
      <button type="button" className="button small" disabled={state === 'busy'} onClick={() => void download('svg')}>
        SVG
      </button>
      {state === 'failed' && (
        <span role="alert" className="note">
          {t('downloadFailed')}
        </span>
      )}
    </div>
  );
}

// "Download chart": the chart as PNG (twice its drawn size) or SVG, drawn by
// ECharts itself with its title, the filters in force and the source lines.
// The drawing code (export-chart.ts, with the SVG renderer) loads only on a
// click, imported by the chart module (see ChartHandle).
import type { ChartCaption, ChartHandleRef } from './chart-handle.ts';
import { DownloadButtons } from '../components/download-buttons.tsx';
import { saveFile } from '../components/save-file.ts';
import { datasetVersion } from '../data/load-dataset.ts';
import { usePalette, useT } from '../hooks/view-context.tsx';
import { withVersion } from '../url/version.ts';

const IMAGE_FORMATS = ['png', 'svg'] as const;

export type DownloadCaption = Omit<ChartCaption, 'link'>;

export function ChartDownload({ handle, caption }: { handle: ChartHandleRef; caption: DownloadCaption }) {
  const t = useT();
  const palette = usePalette();
  const make = async (format: 'png' | 'svg') => {
    const drawn = handle.current;
    if (!drawn) return;
    const full: ChartCaption = {
      ...caption,
      link: t('everySentenceAt', { link: withVersion(window.location.href, datasetVersion) }),
    };
    const colors = { background: palette.tooltipBackground, text: palette.text, subtleText: palette.subtleText };
    const file = await drawn.image(format, full, colors);
    saveFile(file, file.type, `${caption.fileName}.${format}`);
  };
  return <DownloadButtons label={t('downloadChart')} formats={IMAGE_FORMATS} make={make} className="chart-download" />;
}

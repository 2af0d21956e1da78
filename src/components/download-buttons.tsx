// A quiet row of download buttons (CSV / JSON, PNG / SVG): busy while a file is
// made, and a message if it could not be. What a format makes is the caller's.
import { useState } from 'react';
import { useT } from '../hooks/view-context.tsx';

export function DownloadButtons<F extends string>({
  label,
  formats,
  make,
  className = '',
}: {
  label: string;
  formats: readonly F[];
  make: (format: F) => Promise<void>;
  className?: string;
}) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const run = async (format: F) => {
    setState('busy');
    try {
      await make(format);
      setState('idle');
    } catch (error) {
      console.warn(`${label} failed:`, error);
      setState('failed');
    }
  };
  return (
    <div className={`downloads ${className}`.trim()} role="group" aria-label={label}>
      <span className="note">{label}</span>
      {formats.map((format) => (
        <button
          key={format}
          type="button"
          className="button small"
          disabled={state === 'busy'}
          onClick={() => void run(format)}
        >
          {format.toUpperCase()}
        </button>
      ))}
      {state === 'failed' && (
        <span role="alert" className="note">
          {t('downloadFailed')}
        </span>
      )}
    </div>
  );
}

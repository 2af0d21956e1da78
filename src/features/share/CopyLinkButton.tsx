import { useState } from 'react';

/** Copies the current URL, which holds the whole view. */
export function CopyLinkButton({ label, copied, failed }: { label: string; copied: string; failed: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    window.setTimeout(() => setStatus('idle'), 2500);
  };
  return (
    <>
      <button type="button" className="button" onClick={copy}>
        {label}
      </button>
      <span role="status" aria-live="polite" className="copy-status">
        {status === 'copied' ? copied : status === 'failed' ? failed : ''}
      </span>
    </>
  );
}

import { datasetVersion } from '../../data/load-dataset.ts';
import { useUiStore } from '../../store/ui-store.ts';
import { withVersion } from '../../url/version.ts';

/** Copies the current URL, which holds the whole view, with the dataset's version (`v=`): opened later against other data, the page says so. */
export function CopyLinkButton({ label, copied, failed }: { label: string; copied: string; failed: string }) {
  const status = useUiStore((s) => s.linkCopy);
  const setStatus = useUiStore((s) => s.setLinkCopy);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(withVersion(window.location.href, datasetVersion));
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    window.setTimeout(() => setStatus('idle'), 2500);
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" aria-live="polite" className="copy-status">
        {status === 'copied' ? copied : status === 'failed' ? failed : ''}
      </span>
    </>
  );
}

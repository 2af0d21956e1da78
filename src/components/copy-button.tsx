// A small "copy" button with what happened said beside it (copied, or could not).
import { useCopy } from '../hooks/use-copy.ts';
import { useT } from '../hooks/view-context.tsx';

export function CopyButton({ text }: { text: string }) {
  const t = useT();
  const { copy, copied } = useCopy();
  return (
    <>
      <button type="button" className="button small" onClick={() => void copy(text)}>
        {t('copy')}
      </button>
      <span role="status" className="note">
        {copied === true ? t('copiedShort') : copied === false ? t('copyFailed') : ''}
      </span>
    </>
  );
}

// What a waiting part says on a slow line (issue 20): after SLOW_MS, that the
// connection is slow and the page is still loading, with a Retry that starts
// the waiting loads again at once (code, which a page cannot ask for twice,
// by reloading: the view state is in the URL).
import type { Lang } from '../domain/view.ts';
import { useSlowLoads } from '../hooks/use-slow-loads.ts';
import { t } from '../i18n/messages.ts';
import { restartLoad, type SlowLoad } from '../lib/load.ts';

export function retrySlow(loads: readonly SlowLoad[]): void {
  let reload = false;
  for (const { key } of loads) if (!restartLoad(key)) reload = true;
  if (reload) window.location.reload();
}

/** The note, when a load it speaks for (`which`; all by default) is slow. */
export function SlowNote({
  lang,
  which = () => true,
  className = 'frame-note slow-note',
}: {
  lang: Lang;
  which?: (key: string) => boolean;
  className?: string;
}) {
  const slow = useSlowLoads().filter((load) => which(load.key));
  if (slow.length === 0) return null;
  return (
    <p className={className} role="status">
      {t(lang, 'slowLine')}{' '}
      <button type="button" className="button" onClick={() => retrySlow(slow)}>
        {t(lang, 'retry')}
      </button>
    </p>
  );
}

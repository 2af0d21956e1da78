// The line under an embed: where its figures come from, and the way to the full view.
import { useT } from '../hooks/view-context.tsx';

export function EmbedSource({ full }: { full: string }) {
  const t = useT();
  return (
    <p className="embed-source note">
      <a href={full} target="_blank" rel="noopener">
        {t('appName')} · {t('openFullView')} ↗
      </a>{' '}
      {t('footerSource')}
    </p>
  );
}

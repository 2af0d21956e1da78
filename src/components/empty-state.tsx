import { useT, useViewState } from '../hooks/view-context.tsx';

/** A filter that matches nothing says so and offers the way out. */
export function EmptyState({ keepRegions = false }: { keepRegions?: boolean }) {
  const t = useT();
  const { view, update } = useViewState();
  return (
    <div className="empty" role="status">
      <p>{t('noMatch')}</p>
      <button type="button" className="button primary" onClick={() => update({ regions: keepRegions ? view.regions : [], sectors: [], q: '' })}>
        {t('clearFilters')}
      </button>
    </div>
  );
}

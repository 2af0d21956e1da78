import type { ViewContext } from './view-context.tsx';

/** A filter that matches nothing says so and offers the way out. */
export function EmptyState({ ctx, keepRegions = false }: { ctx: ViewContext; keepRegions?: boolean }) {
  const { t, update, view } = ctx;
  return (
    <div className="empty" role="status">
      <p>{t('noMatch')}</p>
      <button type="button" className="button primary" onClick={() => update({ regions: keepRegions ? view.regions : [], sectors: [], q: '' })}>
        {t('clearFilters')}
      </button>
    </div>
  );
}

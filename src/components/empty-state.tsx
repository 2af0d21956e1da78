import { useIndex, useLang, useT, useViewState } from '../hooks/view-context.tsx';
import { listOf } from '../format/label.ts';

/**
 * Nothing passes the filters: says why, by cause (the chosen places report no
 * figures at all, the search matches nothing, or the combination does), and
 * offers the way out.
 */
export function EmptyState({ keepRegions = false }: { keepRegions?: boolean }) {
  const t = useT();
  const lang = useLang();
  const index = useIndex();
  const { view, update } = useViewState();
  const figureless = view.regions.filter((id) => !index.dataset.indicators.some((i) => i.regionId === id));
  const message =
    view.regions.length > 0 && figureless.length === view.regions.length
      ? t('placeNoFigures', {
          place: listOf(
            figureless.map((id) => index.regionById.get(id)?.name[lang] ?? id),
            lang,
          ),
        })
      : view.q && view.sectors.length === 0
        ? t('noMatchSearch', { q: view.q })
        : t('noMatch');
  return (
    <div className="empty" role="status">
      <p>{message}</p>
      <button
        type="button"
        className="button primary"
        onClick={() => update({ regions: keepRegions ? view.regions : [], sectors: [], q: '' })}
      >
        {t('clearFilters')}
      </button>
    </div>
  );
}

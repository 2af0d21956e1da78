// The other places, one click away from a place's page (the language kept).
import { RouteLink } from '../../components/route-link.tsx';
import { useIndex, useLang, useT, useViewState } from '../../hooks/view-context.tsx';
import { hrefWith } from '../../url/href.ts';

export function PlaceSwitcher({ currentId }: { currentId: string }) {
  const index = useIndex();
  const lang = useLang();
  const t = useT();
  const { view } = useViewState();
  const others = index.dataset.regions.filter((r) => r.id !== currentId);
  if (others.length === 0) return null;
  return (
    <nav className="place-switcher" aria-label={t('otherPlaces')}>
      <span className="note">{t('otherPlaces')}:</span>
      <ul>
        {others.map((r) => (
          <li key={r.id}>
            <RouteLink to={hrefWith(`/region/${r.id}`, view, ['lang'])}>{r.name[lang]}</RouteLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

// Region and sector filters with counts, text search, and clear-all.
// Every change is one URL write; typing replaces the entry so Back skips keystrokes.
import { useMemo, useState } from 'react';
import { loadQuotes } from '../../data/load-dataset.ts';
import { facetCounts } from '../../data/selectors.ts';
import { useIndex, useLang, useSearchScope, useT, useViewState } from '../../hooks/view-context.tsx';
import { toggleId } from '../../url/view-state.ts';

export function FilterBar({ fixedRegionId }: { fixedRegionId?: string }) {
  const index = useIndex();
  const { view, update } = useViewState();
  const t = useT();
  const lang = useLang();
  const counts = useMemo(
    () => facetCounts(index, { regions: fixedRegionId ? [fixedRegionId] : view.regions, sectors: view.sectors, q: view.q }),
    [index, fixedRegionId, view.regions, view.sectors, view.q],
  );
  const anyFilter = (!fixedRegionId && view.regions.length > 0) || view.sectors.length > 0 || view.q !== '';

  return (
    <section className="filters" aria-label={t('filters')}>
      {!fixedRegionId && (
        <FacetChips
          legend={t('regions')}
          facet="region"
          items={index.dataset.regions.map((r) => ({ id: r.id, name: r.name[lang], count: counts.regions.get(r.id) ?? 0 }))}
          selected={view.regions}
          onToggle={(id) => update({ regions: toggleId(view.regions, id) })}
        />
      )}
      <FacetChips
        legend={t('sectors')}
        facet="sector"
        items={index.dataset.sectors.map((s) => ({ id: s.id, name: s.name[lang], count: counts.sectors.get(s.id) ?? 0 }))}
        selected={view.sectors}
        onToggle={(id) => update({ sectors: toggleId(view.sectors, id) })}
      />
      <div className="search-row">
        <SearchBox />
        <button type="button" className="button" disabled={!anyFilter} onClick={() => update({ regions: fixedRegionId ? view.regions : [], sectors: [], q: '' })}>
          {t('clearAll')}
        </button>
      </div>
    </section>
  );
}

interface FacetChipsProps {
  legend: string;
  facet: 'region' | 'sector';
  items: { id: string; name: string; count: number }[];
  selected: string[];
  onToggle: (id: string) => void;
}

/** One facet as toggle buttons, each with the count it would give. */
function FacetChips({ legend, facet, items, selected, onToggle }: FacetChipsProps) {
  return (
    <fieldset className="chips">
      <legend>{legend}</legend>
      {items.map((item) => (
        <button key={item.id} type="button" className="chip" {...{ [`data-${facet}`]: item.id }} aria-pressed={selected.includes(item.id)} onClick={() => onToggle(item.id)}>
          {item.name} <span className="count">{item.count}</span>
        </button>
      ))}
    </fieldset>
  );
}

function SearchBox() {
  const index = useIndex();
  const { view, update } = useViewState();
  const t = useT();
  const scope = useSearchScope();
  // The box keeps what is typed (spaces included); the URL keeps the trimmed query.
  // When the URL changes from elsewhere (Back, clear-all) the box follows it.
  const [text, setText] = useState(view.q);
  const [seenQ, setSeenQ] = useState(view.q);
  if (seenQ !== view.q) {
    setSeenQ(view.q);
    if (text.trim() !== view.q) setText(view.q);
  }
  return (
    <label className="search">
      <span>{t('search')}</span>
      <input
        type="search"
        value={text}
        placeholder={t('searchPlaceholder')}
        maxLength={100}
        // The quotes are searched too: fetch them as soon as a search is likely.
        onFocus={() => void loadQuotes(index)}
        onChange={(e) => {
          setText(e.target.value);
          update({ q: e.target.value.trim() }, { replace: true });
        }}
      />
      {scope === 'labels' && view.q && <small className="note">{t('labelsOnly')}</small>}
    </label>
  );
}

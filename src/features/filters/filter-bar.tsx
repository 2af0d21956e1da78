// Region and sector filters with counts, text search, and clear-all.
// Every change is one URL write; typing replaces the entry so Back skips keystrokes.
// On a phone the filters fold into one control that opens them as a sheet, and
// the active ones show as removable tokens: the first screen is the figures, not
// the filters. The fold is CSS (the prerendered page is the same at every width);
// only whether the sheet is open is state.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { loadIndex, loadQuotes } from '../../data/load-dataset.ts';
import { valueOf } from '../../lib/load.ts';
import { facetCounts } from '../../data/selectors.ts';
import { useIndex, useLang, useSearchScope, useT, useViewState } from '../../hooks/view-context.tsx';
import { toggleId } from '../../url/view-state.ts';

export function FilterBar({ fixedRegionId }: { fixedRegionId?: string }) {
  const index = useIndex();
  const { view, update } = useViewState();
  const t = useT();
  const lang = useLang();
  const counts = useMemo(
    () =>
      facetCounts(index, { regions: fixedRegionId ? [fixedRegionId] : view.regions, sectors: view.sectors, q: view.q }),
    [index, fixedRegionId, view.regions, view.sectors, view.q],
  );
  const anyFilter = (!fixedRegionId && view.regions.length > 0) || view.sectors.length > 0 || view.q !== '';
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const sheetId = useId();
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  const tokens = [
    ...(fixedRegionId
      ? []
      : view.regions.map((id) => ({
          key: `r-${id}`,
          name: index.regionById.get(id)?.name[lang] ?? id,
          remove: () => update((v) => ({ regions: toggleId(v.regions, id) })),
        }))),
    ...view.sectors.map((id) => ({
      key: `s-${id}`,
      name: index.sectorById.get(id)?.name[lang] ?? id,
      remove: () => update((v) => ({ sectors: toggleId(v.sectors, id) })),
    })),
    ...(view.q ? [{ key: 'q', name: `“${view.q}”`, remove: () => update({ q: '' }) }] : []),
  ];

  return (
    <section className={`filters${open ? ' is-open' : ''}`} aria-label={t('filters')}>
      <div className="filter-fold">
        <button
          ref={toggle}
          type="button"
          className="button"
          aria-expanded={open}
          aria-controls={sheetId}
          onClick={() => (open ? close() : setOpen(true))}
        >
          {t('filters')}
          {tokens.length > 0 && ` · ${tokens.length}`}
        </button>
        {tokens.length > 0 && (
          <ul className="filter-tokens" aria-label={t('activeFilters')}>
            {tokens.map((token) => (
              <li key={token.key}>
                <button
                  type="button"
                  className="token"
                  aria-label={t('removeFilter', { name: token.name })}
                  onClick={token.remove}
                >
                  <span className="chip-name" title={token.name}>
                    {token.name}
                  </span>{' '}
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="filter-sheet" id={sheetId}>
        {!fixedRegionId && (
          <FacetChips
            legend={t('regions')}
            facet="region"
            items={index.dataset.regions.map((r) => ({
              id: r.id,
              name: r.name[lang],
              count: counts.regions.get(r.id) ?? 0,
            }))}
            selected={view.regions}
            onToggle={(id) => update((v) => ({ regions: toggleId(v.regions, id) }))}
          />
        )}
        <FacetChips
          legend={t('sectors')}
          facet="sector"
          items={index.dataset.sectors.map((s) => ({
            id: s.id,
            name: s.name[lang],
            count: counts.sectors.get(s.id) ?? 0,
          }))}
          selected={view.sectors}
          onToggle={(id) => update((v) => ({ sectors: toggleId(v.sectors, id) }))}
        />
        <div className="search-row">
          <SearchBox />
          <button
            type="button"
            className="button"
            disabled={!anyFilter}
            onClick={() => update({ regions: fixedRegionId ? view.regions : [], sectors: [], q: '' })}
          >
            {t('clearAll')}
          </button>
          <button type="button" className="button primary sheet-done" onClick={close}>
            {t('done')}
          </button>
        </div>
      </div>
    </section>
  );
}

interface FacetChipsProps {
  legend: string;
  facet: 'region' | 'sector';
  items: FacetItem[];
  selected: string[];
  onToggle: (id: string) => void;
}

/**
 * One facet as toggle buttons, each with the count it would give. A facet of
 * more values than a glance takes (hundreds of places, at scale) shows those with
 * the most figures and the chosen ones, and opens to all of them.
 */
function FacetChips({ legend, facet, items, selected, onToggle }: FacetChipsProps) {
  const t = useT();
  const [all, setAll] = useState(false);
  const listId = useId();
  const shown = all ? items : chipsAtAGlance(items, selected, CHIPS_AT_A_GLANCE);
  return (
    <fieldset className="chips" id={listId}>
      <legend>{legend}</legend>
      {shown.map((item) => (
        <button
          key={item.id}
          type="button"
          className="chip"
          {...{ [`data-${facet}`]: item.id }}
          aria-pressed={selected.includes(item.id)}
          onClick={() => onToggle(item.id)}
        >
          {/* A long name is cut to the chip's width, whole in its title. */}
          <span className="chip-name" title={item.name}>
            {item.name}
          </span>{' '}
          <span className="count">{item.count}</span>
        </button>
      ))}
      {items.length > CHIPS_AT_A_GLANCE && (
        <button
          type="button"
          className="chip more-chips"
          aria-expanded={all}
          aria-controls={listId}
          onClick={() => setAll((open) => !open)}
        >
          {all ? t('fewerChips') : t('allChips', { n: items.length })}
        </button>
      )}
    </fieldset>
  );
}

/** How many of a facet's values show before it is opened: a row or two of chips. */
export const CHIPS_AT_A_GLANCE = 12;

interface FacetItem {
  id: string;
  name: string;
  count: number;
}

/**
 * The values a facet shows at a glance: the `n` with the most figures and every
 * chosen one, in the facet's own order, so a chip never moves when it is pressed.
 */
export function chipsAtAGlance(items: readonly FacetItem[], selected: readonly string[], n: number): FacetItem[] {
  if (items.length <= n) return [...items];
  const top = new Set(
    [...items]
      .sort((a, b) => b.count - a.count)
      .slice(0, n)
      .map((item) => item.id),
  );
  return items.filter((item) => top.has(item.id) || selected.includes(item.id));
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
        // The quotes are searched too: fetch them as soon as a search is likely (on
        // the overview's own data, the whole index first: a search needs every figure).
        onFocus={() =>
          index.overview ? void valueOf(loadIndex()).then(loadQuotes, () => undefined) : void loadQuotes(index)
        }
        onChange={(e) => {
          setText(e.target.value);
          update({ q: e.target.value.trim() }, { replace: true });
        }}
      />
      {scope === 'labels' && view.q && <small className="note">{t('labelsOnly')}</small>}
    </label>
  );
}

// Where a view sits, as the WAI-ARIA breadcrumb pattern: a labelled nav with an
// ordered list of links that ends at the current page (aria-current), not a link.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../hooks/view-context.tsx';

export interface Crumb {
  label: ReactNode;
  /** Omitted for a step that is not a page of its own (a province). */
  to?: string;
  /** The crumb's language when it differs from the interface's (a Chinese headline). */
  lang?: string;
}

export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: Crumb }) {
  const t = useT();
  return (
    <nav className="breadcrumb" aria-label={t('breadcrumb')}>
      <ol>
        {trail.map((crumb, n) => (
          <li key={n} lang={crumb.lang}>
            {crumb.to ? <Link to={crumb.to}>{crumb.label}</Link> : crumb.label}
          </li>
        ))}
        {/* One line at most: a long name is cut, whole in its title (and in the page's heading). */}
        <li lang={current.lang} title={typeof current.label === 'string' ? current.label : undefined}>
          <span aria-current="page">{current.label}</span>
        </li>
      </ol>
    </nav>
  );
}

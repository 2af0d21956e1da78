import { Link } from 'react-router';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useT, useViewState } from '../hooks/view-context.tsx';
import { hrefWith } from '../url/href.ts';

/** A link to nothing: says so, and leads back to the overview in the same language. */
export function NotFound() {
  const t = useT();
  const { view } = useViewState();
  useDocumentTitle(t('notFound'));
  return (
    <div className="page not-found">
      <h1 className="page-title">{t('notFound')}</h1>
      <p>{t('notFoundBody')}</p>
      <p>
        <Link className="button primary" to={hrefWith('/', view, ['lang'])}>
          {t('backHome')}
        </Link>
      </p>
    </div>
  );
}

import { Link } from 'react-router';
import { hrefWith } from '../url/href.ts';
import { useDocumentTitle } from './use-document-title.ts';
import type { ViewContext } from './view-context.tsx';

export function NotFound({ ctx }: { ctx: ViewContext }) {
  const { t, view } = ctx;
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

// The last line of defence: an unexpected error (or the dataset failing to load)
// shows a message and a retry, never a blank page.
import { useRouteError } from 'react-router';
import { t } from '../i18n/messages.ts';

export function RouteError() {
  const error = useRouteError();
  const lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'zh';
  console.error(error);
  return (
    <div className="app" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <main id="main" className="page">
        <h1 className="page-title">{t(lang, 'loadFailed')}</h1>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {t(lang, 'retry')}
        </button>
      </main>
    </div>
  );
}

// The frame of the embeds (`/embed/story/:id`, `/embed/region/:id`): no header or
// footer, only the view, sized to the iframe, with the view context every view
// reads (the same URL rules: unknown or hostile parameters are ignored). Any
// link inside opens the full site in a new tab, never inside the host's frame.
import { Suspense, useLayoutEffect, type MouseEvent } from 'react';
import { Outlet, useLocation } from 'react-router';
import { LoadFailed } from '../components/load-failed.tsx';
import { SlowNote } from '../components/slow-note.tsx';
import { useLang, useT, ViewProvider } from '../hooks/view-context.tsx';
import { t } from '../i18n/messages.ts';
import { useTheme } from '../store/ui-store.ts';
import { langFromSearch } from '../url/view-state.ts';
import { RouteErrorBoundary } from './route-error.tsx';

function openOutside(event: MouseEvent) {
  if (event.button !== 0) return;
  const anchor = (event.target as Element).closest?.('a[href]');
  const href = anchor?.getAttribute('href');
  if (!anchor || !href) return;
  event.preventDefault();
  window.open(new URL(href, window.location.href).href, '_blank', 'noopener');
}

function Frame() {
  const lang = useLang();
  const t = useT();
  const theme = useTheme();
  useLayoutEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  return (
    <div
      className="app embed-frame"
      data-theme={theme}
      lang={lang === 'zh' ? 'zh-CN' : 'en'}
      onClickCapture={openOutside}
    >
      <main id="main">
        <SlowNote lang={lang} />
        <Suspense
          fallback={
            <p className="loading" role="status">
              {t('loading')}
            </p>
          }
        >
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

export function EmbedFrame() {
  const lang = langFromSearch(useLocation().search);
  const fallback = (children: React.ReactNode) => (
    <div className="app embed-frame" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <main id="main">{children}</main>
    </div>
  );
  return (
    <RouteErrorBoundary>
      <Suspense
        fallback={fallback(
          <>
            <p className="loading" role="status">
              {t(lang, 'loading')}
            </p>
            <SlowNote lang={lang} />
          </>,
        )}
      >
        <ViewProvider
          failed={(retry) =>
            fallback(<LoadFailed message={t(lang, 'loadFailed')} retryLabel={t(lang, 'retry')} onRetry={retry} />)
          }
        >
          <Frame />
        </ViewProvider>
      </Suspense>
    </RouteErrorBoundary>
  );
}

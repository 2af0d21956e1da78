// The last line of defence: an unexpected error shows a message and a reload,
// never a blank page. (A file that fails to load is shown where it is used.)
import { Component, type ReactNode } from 'react';
import { t } from '../i18n/messages.ts';
import { langFromSearch } from '../url/view-state.ts';

export class RouteErrorBoundary extends Component<
  { children: ReactNode; header?: () => ReactNode },
  { error: unknown }
> {
  state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidCatch(error: unknown) {
    console.error(error);
  }

  render() {
    if (!this.state.error) return this.props.children;
    const lang = langFromSearch(window.location.search);
    return (
      <div className="app" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
        {/* The header's controls survive an unexpected error too (the frame's, when it has one). */}
        {this.props.header?.()}
        <main id="main" className="page">
          <h1 className="page-title">{t(lang, 'unexpectedError')}</h1>
          <button type="button" className="button primary" onClick={() => window.location.reload()}>
            {t(lang, 'retry')}
          </button>
        </main>
      </div>
    );
  }
}

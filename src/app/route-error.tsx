// The last line of defence: an unexpected error (or the dataset failing to load)
// shows a message and a retry, never a blank page.
import { Component, type ReactNode } from 'react';
import { t } from '../i18n/messages.ts';

export class RouteErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidCatch(error: unknown) {
    console.error(error);
  }

  render() {
    if (!this.state.error) return this.props.children;
    const lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'zh';
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
}

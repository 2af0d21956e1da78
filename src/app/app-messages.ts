// The frame's own few strings (offline, a new version, a view on its way), in both
// languages, kept beside the frame that says them.
import type { Lang } from '../domain/view.ts';

const MESSAGES = {
  zh: {
    offline: '当前离线：显示已保存的内容，未打开过的报道暂时无法加载。',
    updateReady: '有新版本可用。',
    update: '更新',
    updateTookOver: '新版本已在另一个标签页启用，本页仍是旧版本。',
    reload: '重新加载',
    navigating: '正在加载下一页…',
    stringsFailed: '界面文字加载失败。',
    inChinese: '中文版',
  },
  en: {
    offline: 'You are offline: showing what this device has kept; articles not opened before cannot load now.',
    updateReady: 'A new version is available.',
    update: 'Update',
    updateTookOver: 'A new version was put in from another tab; this page still runs the old one.',
    reload: 'Reload',
    navigating: 'Loading the next page…',
    stringsFailed: 'The English text of this page failed to load.',
    inChinese: '中文版',
  },
} satisfies Record<Lang, Record<string, string>>;

export type FrameMessage = keyof (typeof MESSAGES)['zh'];

export const frameText = (lang: Lang, key: FrameMessage): string => MESSAGES[lang][key];

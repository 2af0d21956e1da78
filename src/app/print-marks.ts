// What a printed page carries besides the view (styles.css, "Print"): the
// source line and the page's own address in the margins of every sheet, and
// each link written out as an absolute address. CSS prints them from custom
// properties on <html> (`@page` margin boxes and `a::after` read var()), set
// here as CSS strings whenever the view or its language changes.
import { useLayoutEffect } from 'react';

/** Written into every page by the prerender when PULSE_SITE_URL is set (scripts/prerender-html.ts). */
export const SITE_URL_META = 'pulse-site-url';

/**
 * A CSS string literal of `text`: quotes and backslashes escaped, line breaks
 * and other controls made spaces, so a value can never end the string or the
 * declaration it sits in.
 */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\u0000-\u001f\u007f]/g, ' ')}"`;
}

/**
 * The origin printed links are written against: the site's declared address
 * (PULSE_SITE_URL at build, read from its meta tag) when it is a valid http(s)
 * address, else the page's own origin.
 */
export function printOrigin(declared: string | null | undefined, own: string): string {
  if (declared) {
    try {
      const url = new URL(declared);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.origin;
    } catch {
      // Not an address: the page's own origin.
    }
  }
  return own;
}

/** The address of the view as printed: the path and its state (the query) against the print origin; no fragment. */
export function printAddress(origin: string, pathname: string, search: string): string {
  return `${origin}${pathname}${search}`;
}

const declaredSite = () => document.querySelector<HTMLMetaElement>(`meta[name="${SITE_URL_META}"]`)?.content;

/** Keeps <html>'s print properties in step with the view: --print-origin, --print-address, --print-source. */
export function usePrintMarks(pathname: string, search: string, source: string): void {
  useLayoutEffect(() => {
    const origin = printOrigin(declaredSite(), window.location.origin);
    const style = document.documentElement.style;
    style.setProperty('--print-origin', cssString(origin));
    style.setProperty('--print-address', cssString(printAddress(origin, pathname, search)));
    style.setProperty('--print-source', cssString(source));
  }, [pathname, search, source]);
}

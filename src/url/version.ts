// A link that says which data it shows: the dataset's version as `v=`.

/** The address with `v=<version>` set (replacing any other). */
export function withVersion(href: string, version: string): string {
  const url = new URL(href);
  url.searchParams.set('v', version);
  return url.href.replace(/%2C/g, ',');
}

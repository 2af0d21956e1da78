import { describe, expect, it } from 'vitest';
import { categorize, shippedData } from './measure.ts';

describe('what the bench counts as data', () => {
  it('reads the JSON blocks a prerendered page carries, and nothing else of the page', () => {
    const html =
      '<head><script type="application/json" id="pulse-overview-data">{"a":1}</script>' +
      '<script>var x = 1</script><script type="application/json" id="pulse-page-data">[2]</script></head>';
    expect(shippedData(html)).toEqual(['{"a":1}', '[2]']);
    expect(shippedData('<html><body>no data</body></html>')).toEqual([]);
  });

  it('sorts fetched files into code, styles, data and maps', () => {
    expect(categorize('/data/index-abc.json')).toBe('data');
    expect(categorize('/assets/china-abc.json')).toBe('map');
    expect(categorize('/assets/index-abc.js')).toBe('js');
    expect(categorize('/')).toBe('other');
  });
});

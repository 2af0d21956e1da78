import { describe, expect, it } from 'vitest';
import { iframeSnippet } from './embed.ts';

describe('iframeSnippet', () => {
  it('writes an iframe whose attributes cannot be broken out of', () => {
    const snippet = iframeSnippet({
      src: 'https://x.test/embed/story/a?lang=en&v=0a1b2c3d',
      title: 'A "quoted" <title>',
      height: 480.4,
    });
    expect(snippet).toBe(
      '<iframe src="https://x.test/embed/story/a?lang=en&amp;v=0a1b2c3d" title="A &quot;quoted&quot; &lt;title&gt;" width="100%" height="480" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
  });
});

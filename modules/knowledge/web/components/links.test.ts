// The portal addresses the knowledge pages link to.
import { describe, expect, it } from 'vitest';
import { graphUrl, portalArticleUrl, portalVersionUrl } from './links';

describe('portal links', () => {
  it('opens a version at an article anchor', () => {
    expect(portalArticleUrl('行政复议法/2023-09-01/art-13')).toBe(
      `/portal/versions/${encodeURIComponent('行政复议法')}/2023-09-01#art-13`,
    );
    expect(portalArticleUrl('刑法/1997-03-14/art-287-1')).toMatch(/#art-287-1$/);
  });

  it('keeps a work key with 《》 in one path segment', () => {
    const key = '最高人民法院关于适用《民事诉讼法》的解释/2022-04-01';
    expect(portalVersionUrl(key)).toBe(
      `/portal/versions/${encodeURIComponent('最高人民法院关于适用《民事诉讼法》的解释')}/2022-04-01`,
    );
    expect(graphUrl(key)).toBe(`/portal/graph?version=${encodeURIComponent(key)}`);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { setSiteBase } from '../helpers/site-base.ts';
import { normalizeBase, siteBase, withBase } from '../../src/site/paths.ts';

afterEach(() => setSiteBase('/'));

describe('withBase', () => {
  it('returns a root path unchanged when the site is served from the root', () => {
    expect(withBase('/oncall/', '/')).toBe('/oncall/');
    expect(withBase('/', '/')).toBe('/');
  });

  it('returns the path under the base', () => {
    expect(withBase('/people/engineer-a/', '/runbooks/')).toBe('/runbooks/people/engineer-a/');
    expect(withBase('/', '/runbooks/')).toBe('/runbooks/');
    expect(withBase('/oncall/data-platform/#data-platform-2026-W53', '/team/runbooks/')).toBe('/team/runbooks/oncall/data-platform/#data-platform-2026-W53');
  });

  it('returns absolute URLs and fragments unchanged', () => {
    expect(withBase('https://wiki.example.com/x', '/runbooks/')).toBe('https://wiki.example.com/x');
    expect(withBase('#main', '/runbooks/')).toBe('#main');
  });

  it('uses the base the integration provided in the page context', () => {
    setSiteBase('/runbooks/');
    expect(siteBase()).toBe('/runbooks/');
    expect(withBase('/search/')).toBe('/runbooks/search/');
  });
});

describe('normalizeBase', () => {
  it('returns the base with one trailing slash, with or without one given', () => {
    expect(normalizeBase('/runbooks')).toBe('/runbooks/');
    expect(normalizeBase('/runbooks///')).toBe('/runbooks/');
    expect(normalizeBase('/')).toBe('/');
  });
});

import { describe, expect, it } from 'vitest';
import { chatHref, githubHref, safeHref, slackDmHref, telHref } from '../../src/site/links.ts';

describe('safeHref', () => {
  it('returns https, http and mailto URLs unchanged', () => {
    for (const url of ['https://wiki.example.com/x', 'http://intranet/x', 'mailto:team@example.com']) expect(safeHref(url)).toBe(url);
  });

  it('returns undefined for any other scheme or for text that is not a URL', () => {
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd', '/relative', 'not a url', '']) {
      expect(safeHref(url), url).toBeUndefined();
    }
    expect(safeHref(undefined)).toBeUndefined();
  });
});

describe('chatHref', () => {
  it('links a chat URL and leaves a handle as text', () => {
    expect(chatHref('https://chat.example.com/alice')).toBe('https://chat.example.com/alice');
    expect(chatHref('@bob')).toBeUndefined();
    expect(chatHref('javascript:alert(1)')).toBeUndefined();
  });
});

describe('githubHref', () => {
  it('returns the profile for @login and the team page for @org/team', () => {
    expect(githubHref('@octocat')).toBe('https://github.com/octocat');
    expect(githubHref('@acme/data-platform')).toBe('https://github.com/orgs/acme/teams/data-platform');
  });

  it('returns nothing for anything else', () => {
    expect(githubHref(undefined)).toBeUndefined();
    expect(githubHref('octocat')).toBeUndefined();
    expect(githubHref('@a/b/c')).toBeUndefined();
  });
});

describe('telHref and slackDmHref', () => {
  it('returns a tel: link with the E.164 digits of a number written in groups', () => {
    expect(telHref('+49 151 1234 5678')).toBe('tel:+4915112345678');
    expect(telHref('+4915112345678')).toBe('tel:+4915112345678');
  });

  it("returns Slack's deep link to a direct message when the workspace is known, and the https redirect when it is not", () => {
    expect(slackDmHref('U024BE7LH', 'T024BE7LD')).toBe('slack://user?team=T024BE7LD&id=U024BE7LH');
    expect(slackDmHref('U024BE7LH', undefined)).toBe('https://slack.com/app_redirect?channel=U024BE7LH');
  });
});

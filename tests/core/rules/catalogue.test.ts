import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkProblem } from '../../../src/core/markdown/links.ts';
import { sitePages } from '../../../src/core/markdown/site-pages.ts';
import { describe as describeFinding, identity, RULE_IDS, RULES, type RuleParams } from '../../../src/core/rules/catalogue.ts';
import { renderRuleTable } from '../../../src/core/rules/rule-table.ts';
import { sitePaths, type SiteShape } from '../../../src/routes/site-map.ts';

const ROOT = join(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|astro)$/.test(e.name) ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
}

describe('the rule catalogue', () => {
  it("matches the rule table of docs/rules.md (run `npm run schemas` after changing the catalogue)", () => {
    const readme = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
    const start = '<!-- rules:start -->';
    const section = readme.slice(readme.indexOf(start) + start.length, readme.indexOf('<!-- rules:end -->'));
    expect(section).toBe(renderRuleTable());
  });

  it('lists every rule id once in the rule table, with what it requires and the usual fix', () => {
    const ids = renderRuleTable()
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => /^\| `([^`]+)`/.exec(line)![1]);
    expect(ids).toEqual(RULE_IDS);
    for (const id of RULE_IDS) {
      expect(RULES[id].what, id).not.toBe('');
      expect(RULES[id].fix, id).not.toBe('');
    }
  });

  it('returns only rules that some check in src/ reports, so the table lists no dead rule', () => {
    // The rule ids appear in src/ as string literals where the problem is made (outside the catalogue).
    const code = sources(join(ROOT, 'src'))
      .filter((text) => !text.includes('export const RULES = {'))
      .join('\n');
    for (const id of RULE_IDS) expect(code, id).toContain(`'${id}'`);
  });
});

describe('the catalogue words markdown-link from typed parameters', () => {
  const pages = sitePages({ pipelines: ['profit'], people: [], teams: [], areas: [], investors: 0, rotations: [] });
  const words = (url: string) => {
    const params = linkProblem(url, pages);
    return params && { params, ...describeFinding({ rule: 'markdown-link', params }) };
  };

  it('returns the scheme, or the lack of one, as parameters and words each case', () => {
    expect(words('javascript:alert(1)')).toEqual({
      params: { link: 'scheme', url: 'javascript:alert(1)', scheme: 'javascript' },
      what: '"javascript:" links are not allowed in Markdown',
      fix: 'link to an https://, http:// or mailto: address, or to a page of this site such as /oncall/',
      message: '"javascript:" links are not allowed in Markdown; link to an https://, http:// or mailto: address, or to a page of this site such as /oncall/',
    });
    expect(words('//evil.example/x')).toMatchObject({
      params: { link: 'no-scheme', url: '//evil.example/x' },
      what: 'link "//evil.example/x" has no scheme',
      fix: 'write it in full: https://evil.example/x',
    });
    expect(words('docs/run.md')).toMatchObject({
      params: { link: 'relative', url: 'docs/run.md' },
      what: 'link "docs/run.md" is relative',
      fix: 'start it with / for a page of this site (e.g. /pipelines/<id>/), or write a full https:// URL',
    });
  });

  it('returns the closest page of a missing one as a parameter, and none when no page is close', () => {
    const list = 'pages are /, /pipelines/, /pipelines/<id>/, /people/, /people/<id>/, /teams/, /teams/<id>/, /areas/<id>/, /oncall/, /oncall/<rotation>/ and /search/';
    expect(words('/pipelines/profitt')).toMatchObject({
      params: { link: 'no-page', url: '/pipelines/profitt', closest: '/pipelines/profit/' },
      what: 'link "/pipelines/profitt" points at no page of this site',
      fix: `did you mean "/pipelines/profit/"? ${list}`,
    });
    expect(words('/nothing/like/any/page/at/all/')).toMatchObject({ params: { link: 'no-page', url: '/nothing/like/any/page/at/all/' }, fix: list });
    expect(words(`/${'x'.repeat(70)}`)?.what).toBe(`link "/${'x'.repeat(58)}…" points at no page of this site`);
  });

  it('returns only page forms that a site with one of everything builds (no /sla/ when the home page holds the board)', () => {
    // Few investor pipelines: no /sla/ page (the home page holds the board), so the list must not name it.
    const shape: SiteShape = {
      pipelines: ['p'],
      people: [{ id: 'a', primary: 1, secondary: 0 }],
      teams: [{ id: 't', feeds: 1, uses: 0 }],
      areas: [{ id: 'x', pipelines: 1 }],
      investors: 1,
      rotations: [{ id: 'r', years: [] }],
    };
    const hint = RULES['markdown-link'].hint({ link: 'no-page', url: '/nowhere/' });
    const forms = hint.replace(/^pages are /, '').split(/, | and /);
    expect(forms.length).toBeGreaterThan(8);
    const built = new Set(sitePaths(shape));
    for (const form of forms) expect(built, form).toContain(form.replace('<id>', form.startsWith('/pipelines/') ? 'p' : form.startsWith('/people/') ? 'a' : form.startsWith('/teams/') ? 't' : 'x').replace('<rotation>', 'r'));
  });

  it('returns one identity for a missing page whatever page is suggested, and another for another link', () => {
    const id = (params: RuleParams<'markdown-link'>) => identity({ rule: 'markdown-link', params });
    expect(id({ link: 'no-page', url: '/pipelines/profitt', closest: '/pipelines/profit/' })).toBe(id({ link: 'no-page', url: '/pipelines/profitt' }));
    expect(id({ link: 'no-page', url: '/pipelines/profitt' })).not.toBe(id({ link: 'no-page', url: '/pipelines/prof' }));
  });
});

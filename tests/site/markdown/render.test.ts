import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/site/markdown/render.ts';
import { setSiteBase } from '../../helpers/site-base.ts';

import { markdownWords } from '../../../src/core/markdown/plain.ts';

const place = { level: 3, idPrefix: '', reserved: ['sla', 'issues'] };
const render = async (md: string, p = place) => (await renderMarkdown(md, p)).html;

describe('renderMarkdown', () => {
  it('returns raw HTML as text, never as markup', async () => {
    const html = await render('Hi <b onclick="x()">there</b>\n\n<script>alert(1)</script>\n\n<iframe src="https://evil.example"></iframe>');
    expect(html).not.toMatch(/<(b|script|iframe)\b/);
    expect(html).toContain('&#x3C;b onclick="x()">there&#x3C;/b>');
    expect(html).toContain('<p>&#x3C;script>alert(1)&#x3C;/script></p>');
  });

  it('returns entities decoded as text, not as markup', async () => {
    expect(await render('&lt;script&gt; &amp; &#x3C;img&#x3E;')).toBe('<p>&#x3C;script> &#x26; &#x3C;img></p>');
  });

  it('never renders a javascript:, data: or vbscript: link as a link, keeping its words', async () => {
    const html = await render('[a](javascript:alert(1)) [b](JaVaScRiPt:x) <javascript:alert(2)> [c](data:text/html,x) [d](jav&#x09;ascript:x) ![e](javascript:x)');
    expect(html).not.toMatch(/href="(?!#)/);
    expect(html).toContain('a');
  });

  it('keeps https, mailto and fragment links; site-relative links get the base path', async () => {
    setSiteBase('/runbooks/');
    try {
      const html = await render('[a](https://x.example) [b](mailto:a@example.com) [c](#sla) [d](/oncall/)');
      expect(html).toBe(
        '<p><a href="https://x.example" rel="noopener noreferrer">a</a> <a href="mailto:a@example.com">b</a> <a href="#sla">c</a> <a href="/runbooks/oncall/">d</a></p>',
      );
    } finally {
      setSiteBase('/');
    }
  });

  it('returns images as links to them: the CSP loads images from the site only', async () => {
    expect(await render('![Lag chart](https://metrics.example.com/lag.png)')).toBe('<p><a href="https://metrics.example.com/lag.png" rel="noopener noreferrer">Image: Lag chart</a></p>');
  });

  it('shifts headings below the page level, with unique anchors that avoid the page ids', async () => {
    const html = await render('# SLA\n\n## Steps\n\n# Steps\n\n###### Deep', { level: 4, idPrefix: 'late-', reserved: ['late-sla'] });
    expect(html).toBe('<h4 id="late-sla-1">SLA</h4>\n<h5 id="late-steps">Steps</h5>\n<h4 id="late-steps-1">Steps</h4>\n<h6 id="late-deep">Deep</h6>');
  });

  it('returns the top heading at the page level when the text starts at ## rather than #', async () => {
    const html = await render('## Backfill a day\n\n### Check\n\n## Background', { level: 3, idPrefix: '', reserved: [] });
    expect(html).toBe('<h3 id="backfill-a-day">Backfill a day</h3>\n<h4 id="check">Check</h4>\n<h3 id="background">Background</h3>');
  });

  it('highlights code with classes, never inline styles (the CSP forbids them)', async () => {
    const html = await render('```sql\nselect 1;\n```');
    expect(html).not.toContain('style=');
    expect(html).toMatch(/<span class="cl-d73a49 cd-f97583">select<\/span>/);
  });

  it('renders GitHub tables, task lists with named checkboxes, and autolinks', async () => {
    const html = await render('| a |\n|---|\n| 1 |\n\n- [x] done\n- [ ] todo\n\nwww.example.com');
    expect(html).toContain('<table>');
    expect(html).toContain('<input type="checkbox" checked disabled aria-label="done">');
    expect(html).toContain('<input type="checkbox" disabled aria-label="not done">');
    expect(html).toContain('<a href="http://www.example.com" rel="noopener noreferrer">www.example.com</a>');
  });

  it('returns the words search indexes, as markdownWords finds them, from the same parse', async () => {
    const text = '# Steps\n\nRun `make load` then <b>check</b> [the dashboard](https://grafana.example.com).\n\n```sql\nselect 1;\n```';
    const { words } = await renderMarkdown(text, place);
    expect(words).toBe(markdownWords(text));
    expect(words).toBe('Steps Run make load then <b> check </b> the dashboard . select 1;');
  });
});

import type { Element, Root } from 'hast';
import githubDark from '@shikijs/themes/github-dark';
import githubLight from '@shikijs/themes/github-light';
import { visit } from 'unist-util-visit';

/** The two code themes, one per colour scheme of the site. */
export const CODE_THEMES = { light: 'github-light', dark: 'github-dark' } as const;

const DECLARATION = /^--shiki-(light|dark)(-font-style|-font-weight|-text-decoration)?$/;
const hexClass = (scheme: string, color: string) => `c${scheme[0]}-${color.replace('#', '').toLowerCase()}`;

/** A class for one Shiki declaration, or undefined for what the site's own CSS styles (backgrounds). */
function classFor(property: string, value: string): string | undefined {
  const m = DECLARATION.exec(property);
  if (!m) return undefined;
  const [, scheme, extra] = m as unknown as [string, string, string | undefined];
  if (!extra) return /^#[0-9a-f]{3,8}$/i.test(value) ? hexClass(scheme, value) : undefined;
  return value === 'italic' || value === 'bold' || value === 'underline' ? `c${scheme[0]}-${value}` : undefined;
}

/**
 * Shiki colours tokens with inline `style` attributes, which the Content-Security-Policy
 * (`style-src 'self'`) refuses. This turns each declaration into a class that /code.css defines, and
 * drops every style attribute, so highlighted code works within the policy.
 */
export function rehypeStyleToClass() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const style = node.properties.style;
      if (typeof style !== 'string') return;
      delete node.properties.style;
      const classes = style
        .split(';')
        .map((d) => d.split(':').map((s) => s.trim()))
        .map(([property = '', value = '']) => classFor(property, value))
        .filter((c): c is string => c !== undefined);
      if (node.tagName === 'pre') return;
      if (classes.length) node.properties.className = [...((node.properties.className as string[] | undefined) ?? []), ...classes];
    });
  };
}

interface Theme {
  readonly colors?: Record<string, string>;
  readonly tokenColors?: readonly { settings?: { foreground?: string } }[];
}

/** Every foreground colour a theme can give a token. */
function themeColors(theme: Theme): string[] {
  const colors = new Set<string>();
  const add = (c: string | undefined) => c && /^#[0-9a-f]{3,8}$/i.test(c) && colors.add(c.toLowerCase());
  add(theme.colors?.['editor.foreground']);
  add(theme.colors?.foreground);
  for (const t of theme.tokenColors ?? []) add(t.settings?.foreground);
  return [...colors].sort();
}

/** The stylesheet for the classes above, from the themes themselves: the light colours, then the dark ones in dark mode. */
export function codeColorsCss(): string {
  const rules = (scheme: 'light' | 'dark', theme: Theme) => [
    ...themeColors(theme).map((c) => `.markdown .${hexClass(scheme, c)}{color:${c}}`),
    `.markdown .c${scheme[0]}-italic{font-style:italic}`,
    `.markdown .c${scheme[0]}-bold{font-weight:bold}`,
    `.markdown .c${scheme[0]}-underline{text-decoration:underline}`,
  ];
  return [
    '/* Code colours (GitHub light and dark themes), generated from the Shiki themes. */',
    '@media (prefers-color-scheme: light), print {',
    ...rules('light', githubLight as Theme),
    '}',
    '@media screen and (prefers-color-scheme: dark) {',
    ...rules('dark', githubDark as Theme),
    '}',
    '',
  ].join('\n');
}

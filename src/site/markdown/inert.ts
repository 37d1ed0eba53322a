import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { isSafeLink } from '../../core/markdown/links.ts';
import { withBase } from '../paths.ts';

/**
 * Raw HTML in the data is shown as the text it is, never as markup: each HTML node of the Markdown
 * tree becomes a text node before the tree turns into HTML (where the text is escaped).
 */
export function remarkHtmlAsText() {
  return (tree: MdastRoot) => {
    visit(tree, 'html', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const text = { type: 'text' as const, value: node.value };
      // An HTML block stands where a paragraph would: it is shown as one.
      const inline = parent.type === 'paragraph' || parent.type === 'heading' || parent.type === 'emphasis' || parent.type === 'strong' || parent.type === 'link' || parent.type === 'tableCell' || parent.type === 'delete';
      parent.children[index] = (inline ? text : { type: 'paragraph', children: [text] }) as never;
    });
  };
}

const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * Links and images, checked once more where they become HTML (validate already refuses them): a
 * link whose scheme is not https, http or mailto keeps its words and loses its href; a site-relative
 * link gets the site's base; external links open without handing over the page. Images become links
 * to the image: the Content-Security-Policy loads images from the site only.
 */
export function rehypeSafeLinks() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.tagName === 'img') {
        const src = String(node.properties.src ?? '');
        const alt = String(node.properties.alt ?? '') || src;
        const replacement: Element = isSafeLink(src)
          ? { type: 'element', tagName: 'a', properties: { href: src }, children: [text(`Image: ${alt}`)] }
          : { type: 'element', tagName: 'span', properties: {}, children: [text(alt)] };
        parent.children[index] = replacement;
        node = replacement;
      }
      // GitHub task lists: a disabled checkbox per item, named for screen readers.
      if (node.tagName === 'input' && node.properties.type === 'checkbox') {
        node.properties.ariaLabel = node.properties.checked ? 'done' : 'not done';
        return;
      }
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
      const href = node.properties.href;
      if (!isSafeLink(href)) {
        parent.children.splice(index, 1, ...node.children);
        return [SKIP, index];
      }
      if (href.startsWith('/')) node.properties.href = withBase(href);
      else if (/^https?:/i.test(href)) node.properties.rel = ['noopener', 'noreferrer'];
      return undefined;
    });
  };
}

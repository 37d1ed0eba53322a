import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import Slugger from 'github-slugger';
import { visit } from 'unist-util-visit';

/** Where a Markdown text sits on the page: its headings start at `level`, their ids are unique on the page. */
export interface HeadingPlace {
  /** The level the text's top headings take: 3 below the page's h2 sections, 4 inside a common issue. */
  readonly level: number;
  /** Put before every id, so that two issues' "Steps" headings differ: `late-fx-steps`. */
  readonly idPrefix: string;
  /** Ids the page already uses (its sections, the issues' anchors). */
  readonly reserved: readonly string[];
}

/**
 * Shifts headings below the page's own (the text's top level, `#` or `##`, becomes `level`, never past h6)
 * and gives each an id,
 * unique on the page, for a link to the step. Runs before Astro's own heading ids, which keep it.
 */
export function rehypeHeadingPlace() {
  return (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const place = file.data.astro?.frontmatter?.place as HeadingPlace | undefined;
    if (!place) return;
    const slugger = new Slugger();
    for (const id of place.reserved) slugger.slug(id);
    // The text's own top level becomes `level`, whether its author starts at `#` or at `##`: skipping a
    // level under the page's heading would break the outline that screen readers navigate by.
    let top = 6;
    visit(tree, 'element', (node: Element) => {
      const m = /^h([1-6])$/.exec(node.tagName);
      if (m) top = Math.min(top, Number(m[1]));
    });
    visit(tree, 'element', (node: Element) => {
      const m = /^h([1-6])$/.exec(node.tagName);
      if (!m) return;
      node.tagName = `h${Math.min(6, Number(m[1]) - top + place.level)}`;
      const slug = slugger.slug(`${place.idPrefix}${toText(node)}`) || slugger.slug(`${place.idPrefix}section`);
      node.properties.id = slug;
    });
  };
}

import type { FileView, IdList, PathIn } from '../file-view.ts';
import type { FileKind } from '../schemas/index.ts';
import type { SitePages } from '../markdown/site-pages.ts';
import type { CompanyCalendar } from '../model.ts';
import { closest } from 'fastest-levenshtein';
import { closestMatch, didYouMean, nearestKnown, pathText } from '../suggest.ts';
import type { Path } from '../yaml/positions.ts';
import type { REFERENCE_KINDS, ReferenceParams, RuleId, RuleParams } from './catalogue.ts';

export type Locate = (file: string, path: Path, at?: 'key' | 'value') => { line: number; column: number };

/** What the per-file rules share: where to report, and the ids other files may refer to. */
export interface RuleContext {
  /** Reports at the node at `path`, or at its key with `at: 'key'`. */
  report<R extends RuleId>(file: string, path: Path, rule: R, params: RuleParams<R>, at?: 'key' | 'value'): void;
  /** Reports at a line and column found otherwise (a link inside a Markdown value). */
  reportAt<R extends RuleId>(file: string, line: number, column: number, rule: R, params: RuleParams<R>): void;
  /** The site's pages, for site-relative links in Markdown; every path counts as a page when an id list is unreadable. */
  pages: SitePages;
  locate: Locate;
  /** Checks the person id at `path` resolves; returns it when it was readable. */
  personRef<K extends FileKind>(view: FileView<K>, path: PathIn<K>): string | undefined;
  teamRef<K extends FileKind>(view: FileView<K>, path: PathIn<K>): string | undefined;
  areas: IdList;
  /** Area id → the rotation `site.yaml` gives its pipelines, where one is given and readable. */
  areaRotations: ReadonlyMap<string, string>;
  /** Every rotation file, loaded or not: a reference to a broken rotation is not dangling. */
  rotationIds: readonly string[];
  /** The same, for lookups: thousands of pipelines each check theirs. */
  rotationSet: ReadonlySet<string>;
  /** Absent when site.yaml's calendar could not be read; week checks are skipped then. */
  calendar: CompanyCalendar | undefined;
}

/** `unknown person "x" in owners.primary`: the value, where it is, the closest known id and the nearest others. */
export function unknownReference(kind: keyof typeof REFERENCE_KINDS, value: string, ids: readonly string[], path: Path): ReferenceParams {
  // A duplicate id is reported on its own; listing it twice here would only confuse.
  const known = [...new Set(ids)];
  const near = closestMatch(value, known);
  return {
    problem: 'unknown',
    kind,
    value,
    path: pathText(path),
    ...(near !== undefined ? { closest: near } : {}),
    known: nearestKnown(value, known),
    // Only a person gets "add them to people.yaml": the others are added in more than one place.
    ...(kind === 'person' && looksNew(value, known) ? { looksNew: true } : {}),
  };
}

/**
 * Whether an unknown id reads as someone (or something) not added yet rather than a misspelling: no
 * known id is close, or it follows the closest id's pattern with a last part of its own ("engineer-e"
 * beside engineer-a to engineer-d), where "enginer-a" and "engineer-aa" are typos.
 */
export function looksNew(value: string, known: readonly string[], hint = didYouMean(value, known)): boolean {
  if (!hint) return true;
  const parts = value.split('-');
  const near = closest(value, known as string[]).split('-');
  const last = parts.pop()!;
  const nearLast = near.pop()!;
  return parts.length > 0 && near.join('-') === parts.join('-') && ![...last].some((c) => nearLast.includes(c));
}

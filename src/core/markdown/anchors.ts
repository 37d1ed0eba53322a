/**
 * A common issue's anchor when it has no `id`: the title in lower case, each run of characters
 * other than a-z and 0-9 turned into "-", no "-" at either end. "Delay in Finance DB sync" gives
 * "delay-in-finance-db-sync". A title with no such character at all gives "issue-N" (1-based).
 */
export function issueSlug(title: string, index: number): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || `issue-${index + 1}`;
}

/** The anchors the runbook page itself uses; an issue may not take one of them. */
export const PAGE_ANCHORS = ['main', 'sla', 'links', 'issues', 'runbook', 'upstream', 'downstream', 'who-to-call', 'owners', 'review'] as const;

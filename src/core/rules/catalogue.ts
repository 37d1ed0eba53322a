/**
 * Every rule the validator checks, by its stable id: the one place to look a rule up, in the spirit
 * of Astro's errors-data.ts. A problem names its rule (`Problem.rule`), so scripts filter on the id
 * and the change report compares problems by it; the rule table in docs/rules.md is tested against this list.
 *
 * The id never changes once published; the title, `what` and `fix` here describe the rule in general,
 * while each problem says what is wrong and how to fix it in the particular case.
 */
export interface RuleInfo {
  /** Where the rule is checked, for the README and for readers of the code. */
  readonly stage: 'files' | 'yaml' | 'schema' | 'cross-file' | 'calendar' | 'review';
  /** What the rule requires, in a few words. */
  readonly what: string;
  /** The usual fix, in general terms; each problem states its own. */
  readonly fix: string;
  /**
   * 'warning' for what should not block a merge (validate exits 0 unless --strict, the build goes
   * on and the site flags it); absent for an error.
   */
  readonly severity?: 'warning';
}

export const RULES = {
  file: {
    stage: 'files',
    what: 'the data directory holds `site.yaml`, `people.yaml`, optional `teams.yaml`, `rotations/` and `pipelines/` of readable YAML files, and nothing else',
    fix: 'create the missing file, or move, rename or delete the unexpected one',
  },
  'runbook-file': {
    stage: 'files',
    what: 'a long-form runbook `pipelines/<id>.md` has a `pipelines/<id>.yaml` beside it',
    fix: 'rename the `.md` after its pipeline, or add the pipeline',
  },
  'file-name': {
    stage: 'files',
    what: 'a rotation or pipeline file is named `<id>.yaml` with a kebab-case id',
    fix: 'rename the file to the kebab-case id the message suggests',
  },
  'wrong-folder': {
    stage: 'files',
    what: 'a file in `rotations/` is a rotation and a file in `pipelines/` is a pipeline (judged by their keys: `members`, `start` against `owners`, `area`)',
    fix: 'move the file to the folder of its kind; it is left out of the other checks until then',
  },
  'yml-beside-yaml': {
    stage: 'files',
    what: 'a rotation or pipeline has one file: not both `<id>.yml` and `<id>.yaml` (only the `.yaml` one is read)',
    fix: 'keep `<id>.yaml`: copy into it what the `.yml` has that it lacks, then delete the `.yml`',
  },
  subfolder: {
    stage: 'files',
    what: '`pipelines/` and `rotations/` are flat: files in a subfolder are not read',
    fix: "move the subfolder's files up into `pipelines/` or `rotations/` and delete it; a pipeline's area comes from its `area:` key",
  },
  size: { stage: 'files', what: 'a data file is at most 4 MB', fix: 'split the file or remove what does not belong in it' },
  encoding: { stage: 'yaml', what: 'a data file is UTF-8 text', fix: 'save the file as UTF-8' },
  yaml: {
    stage: 'yaml',
    what: 'the file is valid YAML: one document, no duplicate keys, no tabs in indentation, no aliases',
    fix: 'correct the YAML at the line and column given',
  },
  'unknown-key': { stage: 'schema', what: 'every key is one the schema knows', fix: 'correct the spelling (the message suggests the closest key) or remove the key' },
  indentation: {
    stage: 'schema',
    what: 'each key is indented under the mapping it belongs to (a key the schema knows one level up or down, next to that mapping, is named as an indentation mistake)',
    fix: 'indent the key by the number of spaces the message gives',
  },
  'missing-key': { stage: 'schema', what: 'every required key is present', fix: 'add the key with a value of the kind the message names' },
  schema: {
    stage: 'schema',
    what: 'every value has the type, form and range its field requires (see the field tables)',
    fix: 'write the value in the form the message expects',
  },
  'duplicate-id': { stage: 'cross-file', what: 'person, team and area ids are unique', fix: 'give one of the two a different id' },
  reference: {
    stage: 'cross-file',
    what: "`owners`, `members`, override `engineer`s and `site.yaml` `maintainers` are people; `upstream` and `downstream` are teams; `area` is an area; a pipeline's or an area's `rotation` is a rotation file (and with several rotations, a pipeline has one: its own or its area's)",
    fix: 'use one of the known ids the message lists (it suggests the closest), or add the missing person, team, area or rotation',
  },
  layers: {
    stage: 'cross-file',
    what: 'a pipeline or area names `rotation` or `rotations` (layers), not both, and lists each layer once',
    fix: 'keep one of the two keys; remove the repeated rotation',
  },
  owners: { stage: 'cross-file', what: '`owners.primary` and `owners.secondary` are different people', fix: 'name a different secondary owner' },
  runbook: {
    stage: 'cross-file',
    what: 'an investor-facing pipeline has a full runbook: `upstream`, `downstream`, `commonIssues` and an `sla` with a `delivery` and `targets`',
    fix: 'add the missing part, or set `audience: experiments`',
  },
  'issue-anchor': {
    stage: 'cross-file',
    what: "each common issue's anchor (its `id`, or the slug of its `title`) is unique in the pipeline and not a section id of the runbook page",
    fix: 'give one of the issues an `id`',
  },
  'markdown-link': {
    stage: 'cross-file',
    what: 'every link in Markdown (`description`, `symptoms`, `checks`, `fix`, `pipelines/<id>.md`) is https, http, mailto, a `#fragment` or a site-relative path to a page that exists',
    fix: 'write a full https:// address, or a path such as `/pipelines/<id>/` that the site builds',
  },
  'holiday-range': { stage: 'cross-file', what: "a holiday's `to` is on or after its `from`", fix: 'swap or correct the dates' },
  'duplicate-member': { stage: 'cross-file', what: "a rotation's `members`, and each version's, are each listed once", fix: 'remove the repeated member' },
  week: {
    stage: 'cross-file',
    what: "an override's `week` and a version's `from` exist in the company calendar",
    fix: 'use a week between W01 and the last week of that year',
  },
  'version-order': {
    stage: 'cross-file',
    what: "each of a rotation's `versions` starts after the start week and after the version before it",
    fix: 'list versions oldest first, each from a later week; change `members` for the line-up from the start',
  },
  'duplicate-override': { stage: 'cross-file', what: 'a rotation has at most one override per week', fix: 'keep one of the two overrides' },
  consecutive: {
    stage: 'calendar',
    what: 'nobody covers two weeks in a row unless an override next to it is `agreed: true`',
    fix: 'add or change an override (the message names who is free), or mark one of the weeks `agreed: true`',
  },
  uncovered: {
    stage: 'calendar',
    what: 'every holiday in an on-call week can be covered by a swap',
    fix: 'add an override for the week naming who covers it',
  },
  'review-overdue': {
    stage: 'review',
    severity: 'warning',
    what: 'a runbook with `reviewed` was checked within `review.everyDays` (site.yaml, default 180) of today',
    fix: 'check the runbook with its owners, then set `reviewed` to today',
  },
  'review-missing': {
    stage: 'review',
    severity: 'warning',
    what: 'an investor-facing runbook has a `reviewed` date',
    fix: 'check the runbook with its owners, then add `reviewed` with today',
  },
  'owner-contact': {
    stage: 'review',
    severity: 'warning',
    what: 'an investor-facing pipeline has an owner with an `email` or `chat` in people.yaml',
    fix: 'add an email or chat to the primary or secondary owner',
  },
  'duplicate-name': {
    stage: 'cross-file',
    severity: 'warning',
    what: 'no two pipelines have the same `name` (ignoring case and spacing); the site would show two identical rows',
    fix: 'give one of them another name, or delete the copy',
  },
  'on-holiday': { stage: 'calendar', what: 'an override does not name someone who is on holiday that week', fix: 'give the week to someone free (the message names who)' },
  'double-booked': {
    stage: 'calendar',
    what: 'nobody is on call in two rotations in the same week, unless one of those weeks is an override with `agreed: true`',
    fix: 'give one of the weeks to someone else with an override (the message names who is free), or accept it with `agreed: true`',
  },
} as const satisfies Record<string, RuleInfo>;

/** A rule's stable id: `reference`, `consecutive`, … */
export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** The rules the on-call calendar checks; they have a week and an engineer as well as a file. */
export type CalendarRuleId = { [K in RuleId]: (typeof RULES)[K]['stage'] extends 'calendar' ? K : never }[RuleId];

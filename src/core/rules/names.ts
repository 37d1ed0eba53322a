/**
 * How a problem's words name people. validate names them by id, because its fixes are YAML; the site,
 * the change report and `oncall` by display name, with the id once in parentheses where the fix is YAML
 * ("give the week to Engineer B (engineer-b)"), so the reader knows what to type.
 */
export interface Names {
  /** True when people are named by id: some messages then quote the id as it stands in the file. */
  readonly byId: boolean;
  /** A person in a sentence: "Engineer E"; "Alex Kim (alex-kim-2)" when someone else has the same name. */
  person(id: string): string;
  /** A person in a fix written in YAML: "Engineer E (engineer-e)" the first time in a problem, then "Engineer E". */
  personInFix(id: string): string;
  /** The same naming with nobody named yet, for the next problem. */
  fresh(): Names;
}

export const ID_NAMES: Names = {
  byId: true,
  person: (id) => id,
  personInFix: (id) => id,
  fresh: () => ID_NAMES,
};

/** Names that differ only in case, spacing or Unicode form read as the same name. */
const sameName = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * People by display name, from `[id, name]` pairs. A name that two people share is followed by the id
 * every time ("Alex Kim (alex-kim)", "Alex Kim (alex-kim-2)"), or the reader could not tell them apart;
 * an id with no name is shown as it is.
 */
export function displayNames(people: Iterable<readonly [id: string, name: string]>): Names {
  const nameOf = new Map(people);
  const holders = new Map<string, number>();
  for (const name of nameOf.values()) holders.set(sameName(name), (holders.get(sameName(name)) ?? 0) + 1);
  const shared = (name: string) => (holders.get(sameName(name)) ?? 0) > 1;
  const person = (id: string) => {
    const name = nameOf.get(id);
    if (name === undefined || name === id) return id;
    return shared(name) ? `${name} (${id})` : name;
  };
  const fresh = (): Names => {
    const shown = new Set<string>();
    return {
      byId: false,
      person,
      personInFix(id) {
        const name = nameOf.get(id);
        // Unknown, named as its id, or shared (person() gives the id already): nothing to add.
        if (name === undefined || name === id || shared(name) || shown.has(id)) return person(id);
        shown.add(id);
        return `${name} (${id})`;
      },
      fresh,
    };
  };
  return fresh();
}

/** Display names from a list of people, as the model holds them. */
export const namesOf = (people: readonly { readonly id: string; readonly name: string }[]): Names => displayNames(people.map((p) => [p.id, p.name]));

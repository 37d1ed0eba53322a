/**
 * How a problem's words name people. validate names them by id, because its fixes are YAML; the site,
 * the change report and `oncall` by display name, with the id once in parentheses where the fix is YAML
 * ("give the week to Engineer B (engineer-b)"), so the reader knows what to type.
 */
export interface Names {
  /** True when people are named by id: some messages then quote the id as it stands in the file. */
  readonly byId: boolean;
  /** A person in a sentence: "Engineer E". */
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

/** People by display name; `nameOf` gives a person's name, and an id it does not know is shown as it is. */
export function displayNames(nameOf: (id: string) => string | undefined): Names {
  const fresh = (): Names => {
    const shown = new Set<string>();
    const person = (id: string) => nameOf(id) ?? id;
    return {
      byId: false,
      person,
      personInFix(id) {
        const name = nameOf(id);
        if (name === undefined || name === id || shown.has(id)) return person(id);
        shown.add(id);
        return `${name} (${id})`;
      },
      fresh,
    };
  };
  return fresh();
}

/** Display names from a list of people, as the model holds them. */
export const namesOf = (people: readonly { readonly id: string; readonly name: string }[]): Names => {
  const byId = new Map(people.map((p) => [p.id, p.name]));
  return displayNames((id) => byId.get(id));
};

import type { PartialModel } from '../model.ts';
import { displayNames, type Names as ProblemNames } from '../rules/names.ts';

/** Display names for ids, from either side: a removed person still has a name in the base. */
export interface Names {
  /** A person by display name, followed by the id when two people share the name (see rules/names.ts). */
  person(id: string): string;
  team(id: string): string;
  area(id: string): string;
  rotation(id: string): string;
  /** How the problems' words name people: by display name, with the id once where the fix is YAML. */
  readonly inProblems: ProblemNames;
}

export function namesFrom(...sides: readonly PartialModel[]): Names {
  const merged = (lists: (readonly { id: string; name: string }[] | undefined)[]) => {
    const map = new Map<string, string>();
    // Later sides win: the head's name is the current one.
    for (const list of lists) for (const item of list ?? []) map.set(item.id, item.name);
    return map;
  };
  const lookup = (map: ReadonlyMap<string, string>) => (id: string) => map.get(id) ?? id;
  const people = displayNames(merged(sides.map((s) => s.people)));
  return {
    person: people.person,
    team: lookup(merged(sides.map((s) => s.teams))),
    area: lookup(merged(sides.map((s) => s.site?.areas))),
    rotation: lookup(merged(sides.map((s) => s.rotations))),
    inProblems: people,
  };
}

import type { PartialModel } from '../model.ts';

/** Display names for ids, from either side: a removed person still has a name in the base. */
export interface Names {
  person(id: string): string;
  team(id: string): string;
  area(id: string): string;
  rotation(id: string): string;
}

export function namesFrom(...sides: readonly PartialModel[]): Names {
  const lookup = (lists: (readonly { id: string; name: string }[] | undefined)[]) => {
    const map = new Map<string, string>();
    // Later sides win: the head's name is the current one.
    for (const list of lists) for (const item of list ?? []) map.set(item.id, item.name);
    return (id: string) => map.get(id) ?? id;
  };
  return {
    person: lookup(sides.map((s) => s.people)),
    team: lookup(sides.map((s) => s.teams)),
    area: lookup(sides.map((s) => s.site?.areas)),
    rotation: lookup(sides.map((s) => s.rotations)),
  };
}

import { compareDirs, dataPair } from './data-pair.ts';

const FOUR = 'members: [engineer-a, engineer-b, engineer-c, engineer-d]';
const FIVE = 'members: [engineer-a, engineer-b, engineer-c, engineer-d, engineer-e]';

/** The team fixture compared with a head that adds Engineer E to the rotation through a version from next week (2026-W49). */
export function fifthMemberReport() {
  const { base, head } = dataPair();
  head.replace('people.yaml', '  - id: engineer-d\n', '  - id: engineer-e\n    name: Engineer E\n    holidays: []\n  - id: engineer-d\n');
  head.replace('rotations/data-platform.yaml', FOUR, `${FOUR}\nversions:\n  - from: 2026-W49\n    ${FIVE}`);
  return compareDirs(base, head);
}

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/** A data directory a test edits file by file. */
export interface EditableData {
  readonly dir: string;
  read(file: string): string;
  write(file: string, text: string): void;
  /** Rewrites a data file; throws when `from` is not in it, so a fixture change cannot silently miss. */
  replace(file: string, from: string, to: string): void;
}

/** File access to a data directory. */
export function editable(dir: string): EditableData {
  const data: EditableData = {
    dir,
    read: (file) => readFileSync(join(dir, file), 'utf8'),
    write: (file, text) => writeFileSync(join(dir, file), text),
    replace(file, from, to) {
      const text = data.read(file);
      if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
      data.write(file, text.replace(from, to));
    },
  };
  return data;
}

/** A copy of `fixture` in a temporary directory, removed when the test ends. */
export function editableCopy(fixture: string): EditableData {
  const dir = mkdtempSync(join(tmpdir(), 'runbooks-changes-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(fixture, dir, { recursive: true });
  return editable(dir);
}

/** Gives a fixture engineer (who has no holidays yet) one holiday, in block style as a person would write it. */
export function addHoliday(data: Pick<EditableData, 'replace'>, id: string, from: string, to: string, note?: string): void {
  const name = `Engineer ${id.slice(-1).toUpperCase()}`;
  data.replace(
    'people.yaml',
    `  - id: ${id}\n    name: ${name}\n    holidays: []`,
    `  - id: ${id}\n    name: ${name}\n    holidays:\n      - from: ${from}\n        to: ${to}${note ? `\n        note: ${note}` : ''}`,
  );
}

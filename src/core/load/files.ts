import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileProblem, type Problem } from '../problem.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import type { FileKind } from '../schemas/index.ts';
import type { DataFolder, FileParams } from '../rules/catalogue.ts';
import { closestMatch } from '../suggest.ts';

/** A long-form runbook, `pipelines/<id>.md`, beside its pipeline's YAML. */
export interface RunbookFile {
  readonly file: string;
  readonly id: string;
}

export interface DataFile {
  /** Path inside the data directory, forward slashes. */
  readonly file: string;
  readonly kind: FileKind;
  /** For rotations and pipelines: the id, taken from the file name. */
  readonly id?: string;
}

const TOP_FILES: Record<string, FileKind> = { 'site.yaml': 'site', 'people.yaml': 'people', 'teams.yaml': 'teams' };
const DIRS: Record<string, FileKind> = { rotations: 'rotation', pipelines: 'pipeline' };
const REQUIRED = ['site.yaml', 'people.yaml'];
const KNOWN = [...Object.keys(TOP_FILES), ...Object.keys(DIRS)];
/** What belongs in the data directory, as an `unexpected` problem lists it. */
const SHOWN = [...Object.keys(TOP_FILES), ...Object.keys(DIRS).map((d) => `${d}/`)];

/** A problem of the `file` rule: a data directory entry that does not belong, or a missing one. */
const entryProblem = (file: string, params: FileParams): Problem => fileProblem(file, 'file', params);

/** A broken link counts as "not a directory" instead of throwing, which would read as a missing data directory. */
function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Whether two files hold the same bytes; false when either cannot be read (its own problem says why). */
function sameContent(a: string, b: string): boolean {
  try {
    return readFileSync(a).equals(readFileSync(b));
  } catch {
    return false;
  }
}

/** `x.yml` beside `x.yaml`: renaming would overwrite the one that is read, so say which to delete. */
function ymlBesideYaml(dataDir: string, folder: string, id: string): Problem {
  const yml = `${folder}/${id}.yml`;
  const yaml = `${folder}/${id}.yaml`;
  const same = sameContent(join(dataDir, yml), join(dataDir, yaml));
  return fileProblem(yml, 'yml-beside-yaml', { yml, yaml, same });
}

/** A folder inside `pipelines/` or `rotations/`: nothing in it is read, so say the folder is flat and where each file goes. */
function subfolder(dataDir: string, folder: DataFolder, child: string, siblings: readonly string[]): Problem {
  const dir = `${folder}/${child}`;
  let all: string[] | undefined;
  try {
    all = readdirSync(join(dataDir, dir)).filter((name) => !name.startsWith('.'));
  } catch {
    // Unreadable: the message still says the folder is flat, without naming its files.
  }
  const files = (all ?? []).filter((name) => /\.(ya?ml|md)$/.test(name)).sort();
  const taken = files.filter((name) => siblings.includes(name));
  return fileProblem(dir, 'subfolder', { dir, folder, empty: all?.length === 0, files, taken });
}

/**
 * Lists the data files. Anything else in the data directory is reported rather than ignored:
 * a misspelt `pipeline/` folder would otherwise silently drop every pipeline in it.
 */
export function listDataFiles(dataDir: string): { files: DataFile[]; runbooks: RunbookFile[]; problems: Problem[] } {
  const files: DataFile[] = [];
  const runbooks: RunbookFile[] = [];
  const problems: Problem[] = [];
  const entries = readdirSync(dataDir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.') && e.name !== 'README.md')
    .map((e) => e.name)
    .sort();
  for (const name of entries) {
    if (TOP_FILES[name]) {
      files.push({ file: name, kind: TOP_FILES[name] });
      continue;
    }
    const dirKind = DIRS[name];
    if (dirKind && !isDirectory(join(dataDir, name))) {
      problems.push(entryProblem(name, { problem: 'not-a-folder', name: name as DataFolder }));
      continue;
    }
    if (dirKind) {
      const children = readdirSync(join(dataDir, name)).sort();
      for (const child of children) {
        if (child.startsWith('.')) continue;
        const file = `${name}/${child}`;
        const m = /^(.*)\.ya?ml$/.exec(child);
        const md = dirKind === 'pipeline' ? /^(.*)\.md$/.exec(child) : null;
        if (md) {
          const yaml = `${md[1]}.yaml`;
          if (children.includes(yaml)) {
            runbooks.push({ file, id: md[1]! });
          } else {
            const runbooksNamed = children.filter((c) => c.endsWith('.yaml')).map((c) => c.replace(/\.yaml$/, '.md'));
            const closest = closestMatch(child, runbooksNamed);
            problems.push(fileProblem(file, 'runbook-file', { file, yaml, ...(closest ? { closest } : {}) }));
          }
        } else if (!m && isDirectory(join(dataDir, file))) {
          problems.push(subfolder(dataDir, name as DataFolder, child, children));
        } else if (!m) {
          problems.push(entryProblem(file, { problem: 'unexpected-in-folder', folder: name as DataFolder }));
        } else if (child.endsWith('.yml') && children.includes(`${m[1]}.yaml`)) {
          problems.push(ymlBesideYaml(dataDir, name, m[1]!));
        } else if (child.endsWith('.yml')) {
          problems.push(entryProblem(file, { problem: 'yml', file, yaml: `${name}/${m[1]}.yaml` }));
        } else if (!ID_PATTERN.test(m[1]!)) {
          const suggestion = m[1]!
            .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '');
          problems.push(fileProblem(file, 'file-name', { dir: name, name: m[1]!, suggestion }));
        } else {
          files.push({ file, kind: dirKind, id: m[1]! });
        }
      }
      continue;
    }
    const closest = closestMatch(name.replace(/\.ya?ml$/, '.yaml'), KNOWN);
    problems.push(entryProblem(name, { problem: 'unexpected', name, ...(closest !== undefined ? { closest } : {}), known: SHOWN }));
  }
  for (const name of REQUIRED) {
    if (!entries.includes(name)) problems.push(entryProblem(name, { problem: 'missing', name }));
  }
  return { files, runbooks, problems };
}

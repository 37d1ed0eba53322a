// The floor under `validate`: read every YAML file of a data directory and parse it with js-yaml 5's
// load(), in one thread, and nothing else (no positions, no schema, no rules). The benchmark runs it
// as a whole process next to validate, so the table shows how much of validate's time is the parser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

let files = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.yaml')) {
      load(readFileSync(path, 'utf8'));
      files++;
    }
  }
};
walk(process.argv[2]);
process.stdout.write(`${files} files parsed\n`);

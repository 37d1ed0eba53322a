// The floor under `validate`: read every YAML file of a data directory and parse it with js-yaml 4's
// load() and a listener that notes where each node opens (the positions validate's messages need),
// in one thread, and nothing else (no schema, no rules). The benchmark runs it as a whole process
// next to validate, so the table shows how much of validate's time is the parser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';

let files = 0;
let nodes = 0;
const opens = [];
const listener = (event, state) => {
  if (event === 'open') opens[nodes++] = state.position;
};
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.yaml')) {
      load(readFileSync(path, 'utf8'), { schema: CORE_SCHEMA, listener });
      files++;
      nodes = 0;
    }
  }
};
walk(process.argv[2]);
process.stdout.write(`${files} files parsed\n`);

// Preloaded with `node --import` by the corpus tests: records the process's own CPU time at exit,
// a measure of the validator's cost that does not grow when other jobs load the machine.
import { writeFileSync } from 'node:fs';

const file = process.env.RUNBOOKS_CPU_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, String((usage.userCPUTime + usage.systemCPUTime) / 1000));
  });
}

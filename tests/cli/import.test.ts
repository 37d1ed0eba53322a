import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { tempDir } from '../helpers/data-dir.ts';
import { ROOT, runCli, runCliAsync } from './run-cli.ts';

const PAGER = join(ROOT, 'tests/fixtures/pager');
const DATA = join(PAGER, 'data');
// Mon 7 Dec 2026 10:00 UTC.
const env = { SOURCE_DATE_EPOCH: '1796637600' };

/** The fixture's site, people and teams in a fresh directory: no rotation, no pipeline. */
function fresh(): string {
  const dir = tempDir();
  for (const f of ['site.yaml', 'people.yaml', 'teams.yaml']) copyFileSync(join(DATA, f), join(dir, f));
  return dir;
}
const weeksOf = (json: string) =>
  (JSON.parse(json) as { rotations: { weeks: { week: string; start: string; end: string; engineer: string }[] }[] }).rotations[0]!.weeks.map((w) => [w.week, w.start, w.end, w.engineer]);

describe('npm run import', () => {
  it("writes a rotation from this project's own feed whose calendar is the same, for a rotation with a version, an override and a holiday swap", () => {
    for (const rotation of ['primary', 'secondary']) {
      const range = ['--from', '2026-10-05', '--weeks', '30'];
      const feed = runCli('oncall', ['--data', DATA, '--rotation', rotation, '--format', 'ics', ...range], env);
      const dir = fresh();
      const file = join(tempDir(), `${rotation}.ics`);
      writeFileSync(file, feed.stdout);
      const r = runCli('import', ['--ics', file, '--rotation', rotation, '--data', dir], env);
      expect(r.stderr).toBe('');
      expect(r.code, r.stdout).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^wrote ${dir}/rotations/${rotation}\\.yaml: `));
      expect(r.stdout).toContain('Fidelity: exact.');
      expect(runCli('validate', ['--data', dir], env).code).toBe(0);
      const original = runCli('oncall', ['--data', DATA, '--rotation', rotation, '--format', 'json', ...range], env);
      const imported = runCli('oncall', ['--data', dir, '--rotation', rotation, '--format', 'json', ...range], env);
      expect(weeksOf(imported.stdout)).toEqual(weeksOf(original.stdout));
    }
  });

  it('exits 1, still writing the file, and prints the YAML to add for a person missing from people.yaml, whose part of a week is a cover', () => {
    const dir = fresh();
    const r = runCli('import', ['--ics', join(PAGER, 'grafana-oncall.ics'), '--rotation', 'primary', '--data', dir], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1 person is not in people.yaml; the file names them by the id below. Add them to people.yaml');
    expect(r.stdout).toContain('\n  - id: grafana-admin\n    name: "grafana-admin"\n');
    expect(r.stdout).toContain('Fidelity: exact.');
    const written = readFileSync(join(dir, 'rotations/primary.yaml'), 'utf8');
    expect(written).toContain('name: "Primary on-call"\nmembers: [chen-wei, dana-novak, ben-okafor, ana-lima]\n');
    expect(written).toContain('    engineer: grafana-admin\n');
    // Once the person is added, the data validates.
    writeFileSync(join(dir, 'people.yaml'), `${readFileSync(join(dir, 'people.yaml'), 'utf8')}  - id: grafana-admin\n    name: "grafana-admin"\n`);
    expect(runCli('validate', ['--data', dir], env)).toMatchObject({ code: 0 });
  });

  it('fetches a feed URL, and neither the output nor the file contains it', async () => {
    const token = 'Zq81SecretImportToken';
    const server = createServer((req, res) => {
      expect(req.method).toBe('GET');
      res.writeHead(200, { 'content-type': 'text/calendar' }).end(readFileSync(join(PAGER, 'pagerduty.ics')));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/private/${token}/feed/P1`;
    const dir = fresh();
    const r = await runCliAsync('import', ['--ics', url, '--rotation', 'primary', '--data', dir], env);
    expect(r.code).toBe(0);
    const written = readFileSync(join(dir, 'rotations/primary.yaml'), 'utf8');
    expect(written).toContain("# Imported by `npm run import` from the paging tool's feed.");
    for (const text of [r.stdout, r.stderr, written]) expect(text).not.toMatch(new RegExp(`${token}|127\\.0\\.0\\.1`));
  });

  it('exits 2 without writing when the rotation file exists, the id is not kebab-case, --rotation is missing, or the feed is not iCalendar', () => {
    const dir = fresh();
    const ics = join(PAGER, 'pagerduty.ics');
    expect(runCli('import', ['--ics', ics, '--rotation', 'primary', '--data', dir], env).code).toBe(0);
    const again = runCli('import', ['--ics', ics, '--rotation', 'primary', '--data', dir], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(new RegExp(`^error: ${dir}/rotations/primary\\.yaml already exists; the import writes a new rotation`));
    const bad = runCli('import', ['--ics', ics, '--rotation', 'Primary_On', '--data', dir], env);
    expect(bad.stderr).toMatch(/^error: --rotation must be kebab-case \(lowercase words joined by "-"\), e\.g\. data-platform, got "Primary_On"/);
    expect(runCli('import', ['--ics', ics, '--data', dir], env).stderr).toMatch(/^error: --rotation is required/);
    expect(existsSync(join(dir, 'rotations/Primary_On.yaml'))).toBe(false);
    const html = join(tempDir(), 'login.ics');
    writeFileSync(html, '<html>Sign in</html>');
    expect(runCli('import', ['--ics', html, '--rotation', 'other', '--data', dir], env)).toEqual({
      code: 2,
      stdout: '',
      stderr: `error: ${html}: it is not an iCalendar feed: it should start with BEGIN:VCALENDAR, not "<html>Sign in</html>"\n`,
    });
    expect(existsSync(join(dir, 'rotations/other.yaml'))).toBe(false);
  });
});

import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import { loadData, type LoadResult } from '../../src/core/load/load.ts';
import { isWarning, type Problem } from '../../src/core/problem.ts';
import type { Model } from '../../src/core/model.ts';

/**
 * A small team's data, shaped like the example in data/ (4 engineers, 5 pipelines, one rotation
 * with the 2026-W53 override) but owned by the tests: edit data/ freely, and change this only with
 * the tests that read it.
 */
export const TEAM_FIXTURE = fileURLToPath(new URL('../fixtures/team/', import.meta.url));

/** The smallest valid data directory: 2 areas, 3 people, 2 teams, 1 rotation, 2 pipelines. */
export const VALID_FIXTURE = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));

/**
 * YAML written inline in a test: drops the first line break and the common indentation, so that
 * line 1 of the file is the first line after the backtick and positions can be read off the test.
 */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((text, s, i) => text + s + (i < values.length ? String(values[i]) : ''), '').replace(/^\n/, '');
  const lines = raw.split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines
    .map((l) => l.slice(indent))
    .join('\n')
    .replace(/\n[ ]*$/, '\n');
}

/**
 * A copy of the valid fixture in a fresh temporary directory, removed when the test ends, with
 * each given file written over it (text or bytes), or deleted when given `null`.
 */
export function dataDir(files: Files = {}): string {
  const dir = tempDir();
  writeFixture(dir, files);
  return dir;
}

export type Files = Record<string, string | Uint8Array | null>;

/** A fresh temporary directory, removed when the test ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'runbooks-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Copies the valid fixture to `dir`, then writes (or, for `null`, deletes) each given file. */
export function writeFixture(dir: string, files: Files): void {
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    const path = join(dir, file);
    if (content === null) {
      rmSync(path, { recursive: true, force: true });
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

/** "Today" for every loader test: Mon 2 Mar 2026, 00:00 UTC. Tests never read the wall clock. */
export const TEST_NOW = new Date('2026-03-02T00:00:00Z');

/** Loads a data directory at TEST_NOW. The one place tests call loadData, so a new option is added once. */
export function load(dir: string): LoadResult {
  return loadData(dir, { now: TEST_NOW });
}

const line = (p: Problem) => `${p.file}:${p.line}:${p.column}: ${p.message}`;

/** The errors found after writing `files` over the valid fixture, as `file:line:col: message`; warnings are left to warningsWith. */
export function problemsWith(files: Files): string[] {
  return load(dataDir(files)).problems.filter((p) => !isWarning(p)).map(line);
}

/** The warnings (severity: 'warning') found after writing `files` over the valid fixture. */
export function warningsWith(files: Files, now = TEST_NOW): string[] {
  return loadData(dataDir(files), { now }).problems.filter(isWarning).map(line);
}

/** A people.yaml listing `engineer-<x>` for each letter given: `peopleFile('abcd')`. */
export function peopleFile(letters: string): Files {
  const lines = [...letters].map((x) => `  - {id: engineer-${x}, name: Engineer ${x.toUpperCase()}}`);
  return { 'people.yaml': `people:\n${lines.join('\n')}\n` };
}

/** The fixture for the integrations (CODEOWNERS, Backstage, handoff): handles, maintainers, two rotations, problems in March 2026. */
export const INTEGRATIONS_FIXTURE = fileURLToPath(new URL('../fixtures/integrations/', import.meta.url));

/** The model of a valid data directory, without the calendar rules (the faces present those themselves). */
export function modelOf(dir: string): Model {
  const { model, problems } = loadData(dir);
  if (!model) throw new Error(`fixture ${dir} does not load: ${problems.map((p) => p.message).join('; ')}`);
  return model;
}

/** A copy of `fixture` in a fresh temporary directory whose site.yaml says where the site is published (`url:`). */
export function withSiteUrl(fixture: string, url: string): string {
  const dir = tempDir();
  cpSync(fixture, dir, { recursive: true });
  appendFileSync(join(dir, 'site.yaml'), `url: ${url}\n`);
  return dir;
}

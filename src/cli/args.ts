import { statSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../core/suggest.ts';

/** A usage error: printed without a stack, exit code 2. */
export class UsageError extends Error {}

/** Thrown by parseCli on --help (-h): runCli prints the usage and exits 0. */
class HelpRequested extends Error {}

/** Parses the command line strictly; a command that declares `help` gets --help handled here. */
export function parseCli<T extends NonNullable<ParseArgsConfig['options']>>(argv: readonly string[], options: T) {
  const parse = () => {
    try {
      return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
    } catch (error) {
      throw new UsageError(argsMessage(error as NodeJS.ErrnoException, Object.keys(options)));
    }
  };
  const values = parse();
  if ((values as { help?: boolean }).help) throw new HelpRequested();
  return values;
}

/** node:util's parseArgs messages, reworded to say how to fix the command line. */
function argsMessage(error: NodeJS.ErrnoException, names: readonly string[]): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  const flags = names.map((n) => `--${n}`);
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const hint = didYouMean(quoted.replace(/=.*$/, ''), flags);
      return `unknown option "${quoted}"; ${hint || `the options are ${flags.join(', ')}`}`;
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument "${quoted}"; this command takes only options, e.g. --data ${quoted}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const flag = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
      return /argument missing/.test(error.message) ? `${flag} needs a value, e.g. ${flag} VALUE` : `${flag} does not take a value`;
    }
    default:
      return error.message;
  }
}

/** Reads the environment (resolveNow, sourceDateEpoch); a bad SOURCE_DATE_EPOCH is a usage error (exit 2), not a crash. */
export function fromEnvironment<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
}

export function oneOf<const T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

/** --data, then $RUNBOOKS_DATA, then data/. Kept as given so printed paths match what the user typed. */
export function dataDirFrom(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return flag ?? (env.RUNBOOKS_DATA || 'data');
}

/** dataDirFrom, checked: a data directory that is not there is a usage error (exit 2), not a data problem. */
export function existingDataDir(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  const dir = dataDirFrom(flag, env);
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    // Reported below, with where the name came from.
  }
  if (!isDir) {
    const from = flag !== undefined ? '--data' : env.RUNBOOKS_DATA ? '$RUNBOOKS_DATA' : 'the default';
    throw new UsageError(`data directory "${dir}" (from ${from}) does not exist or is not a directory; pass --data DIR or set RUNBOOKS_DATA`);
  }
  return dir;
}

/** Runs a CLI body, turning usage errors into exit 2 and anything unexpected into one line, never a stack. */
export async function runCli(usage: string, body: () => Promise<number> | number): Promise<void> {
  try {
    process.exitCode = await body();
  } catch (error) {
    if (error instanceof HelpRequested) {
      process.stdout.write(`${usage}\n`);
      process.exitCode = 0;
    } else if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n\n${usage}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      if (process.env.RUNBOOKS_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
      process.exitCode = 70;
    }
  }
}

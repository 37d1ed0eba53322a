import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A usage error: printed without a stack, exit code 2. */
export class UsageError extends Error {}

export function parseCli<T extends NonNullable<ParseArgsConfig['options']>>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
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

/** Runs a CLI body, turning usage errors into exit 2 and anything unexpected into one line, never a stack. */
export async function runCli(usage: string, body: () => Promise<number> | number): Promise<void> {
  try {
    process.exitCode = await body();
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n\n${usage}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      if (process.env.RUNBOOKS_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
      process.exitCode = 70;
    }
  }
}

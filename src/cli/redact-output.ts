/**
 * Replaces secrets in everything the process writes to stdout and stderr, whoever writes it (a usage
 * message quoting an argument, an internal error, a library). The commands also never build a
 * message with a secret in it; this is the second line of defence, for what nobody foresaw.
 */
export function redactOutput(secrets: readonly string[], replacement: string): void {
  secrets = secrets.flatMap((s) => s.match(/(?:https?|webcal):\/\/\S+/gi) ?? [s]);
  // Also each secret as URL parsing would print it (webcal → https, host lower-cased, path escaped).
  const variants = new Set<string>();
  for (const secret of secrets.map((s) => s.trim()).filter((s) => s.length >= 8)) {
    variants.add(secret);
    for (const form of [secret, secret.replace(/^webcal:/i, 'https:')]) {
      try {
        const url = new URL(form);
        variants.add(url.href);
        variants.add(url.href.replace(/\/$/, ''));
        variants.add(form);
      } catch {
        // Not a URL: the literal text is still replaced.
      }
    }
  }
  if (variants.size === 0) return;
  const ordered = [...variants].sort((a, b) => b.length - a.length);
  const redact = (text: string) => ordered.reduce((t, s) => t.split(s).join(replacement), text);
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    stream.write = ((chunk: unknown, ...rest: unknown[]) =>
      write(typeof chunk === 'string' ? redact(chunk) : chunk instanceof Uint8Array ? redact(Buffer.from(chunk).toString('utf8')) : chunk, ...rest)) as typeof stream.write;
  }
}

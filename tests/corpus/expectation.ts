/** One expected problem line: `FILE:LINE[:COL]: error: MESSAGE-SUBSTRING`. */
export interface Expectation {
  readonly file: string;
  readonly line: number;
  /** Left out where the column is not worth pinning (it follows the parser's internals). */
  readonly column?: number;
  /** A substring of the printed message. */
  readonly message: string;
}

const EXPECT_LINE = /^([^:\s]+):(\d+)(?::(\d+))?: error: (.+)$/;

/** Parses `FILE:LINE[:COL]: error: MESSAGE`; anything else is a mistake in the case. */
export function parseExpectation(text: string): Expectation {
  const m = EXPECT_LINE.exec(text);
  if (!m) throw new Error(`not an expectation ("FILE:LINE[:COL]: error: MESSAGE"): ${text}`);
  return { file: m[1]!, line: Number(m[2]), ...(m[3] ? { column: Number(m[3]) } : {}), message: m[4]! };
}

export const expectationText = (e: Expectation) => `${e.file}:${e.line}${e.column === undefined ? '' : `:${e.column}`}: error: ${e.message}`;

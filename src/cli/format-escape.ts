/**
 * Text that comes from the checked project (paths, messages quoting keys and values, source lines),
 * made safe for a terminal or a CI log. A hostile project can name a page `\u001b[2J` or
 * `x\n::error ::fake`; every output format writes such text only through these functions, so no
 * escape sequence, carriage return, line break or bidi override of the input reaches the output.
 */

/**
 * C0 controls, DEL, C1 controls, the invisible marks and bidi embeddings/overrides/isolates that
 * reorder text ("Trojan Source"), and the Unicode line and paragraph separators.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escapeOne = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Every unsafe character as a visible `\uXXXX`, except those in `keep` (which the caller handles). */
export function escapeControls(text: string, keep = ''): string {
  return text.replace(UNSAFE, (c) => (keep.includes(c) ? c : escapeOne(c)));
}

/** {@link escapeControls} for a line of source text, where a tab stays a tab (indentation). */
export function escapeSourceLine(text: string): string {
  return escapeControls(text, '\t');
}

/**
 * JSON output: JSON.stringify escapes C0 controls but writes DEL, C1, bidi controls and U+2028/2029
 * as they are. They can only occur inside strings, where `\uXXXX` means the same character.
 */
export function escapeJsonOutput(json: string): string {
  return escapeControls(json, '\n'); // the line breaks of the indentation
}

/** Longest message shown in the text formats; longer ones keep their start and their end (the advice). */
export const MAX_MESSAGE_CHARS = 1000;

/** Escapes and bounds a message or path: a 10 MB key quoted in a message must not flood the log. */
export function displayText(text: string, keep = '', max = MAX_MESSAGE_CHARS): string {
  const escaped = escapeControls(text, keep);
  if (escaped.length <= max) return escaped;
  const head = Math.ceil(max * 0.6);
  const tail = max - head;
  return `${escaped.slice(0, head)}…(${escaped.length - head - tail})…${escaped.slice(-tail)}`;
}

// What the CLI prints comes partly from files (a sender's name, a report's title, a file name), so
// every line is made safe for a terminal here: control characters (ESC sequences that clear the
// screen or fake a line, C1 controls, bidirectional overrides) are shown escaped, never obeyed.
import type { Io } from './errors';

// C0 controls except tab and newline, DEL, C1 controls, and the bidirectional embeddings and isolates.
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function escaped(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Text for standard output: line breaks kept, anything a terminal would obey escaped. A JSON
 * document stays valid JSON: JSON.stringify already escapes C0 controls, and the escapes written
 * here for the others are JSON's own. */
export function terminalText(text: string): string {
  return text.replace(/\r/g, '\\r').replace(UNSAFE, escaped);
}

/** One line for standard error: a line break inside a file name or message is shown as "\n". */
export function terminalLine(text: string): string {
  const trailing = text.endsWith('\n') ? '\n' : '';
  return terminalText(trailing ? text.slice(0, -1) : text).replace(/\n/g, '\\n') + trailing;
}

export function terminalSafe(io: Io): Io {
  return { out: (text) => io.out(terminalText(text)), err: (text) => io.err(terminalLine(text)) };
}

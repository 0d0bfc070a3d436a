/** A one-line progress counter on stderr, for big projects on a terminal only. */
import type { Locale } from '../meta.js';
import type { ProjectProgress } from '../project/types.js';
import type { OutputStream } from './command.js';
import { displayText } from './format-escape.js';
import { say } from './messages.js';

/** Below this many files the check is over before a counter would help. */
export const PROGRESS_MIN_FILES = 50;
const REDRAW_MS = 80;
/** The counter must stay one line: a long path is shortened. */
const PROGRESS_FILE_CHARS = 60;
const CLEAR_LINE = '\r\u001b[K';

export interface Progress {
  update(progress: ProjectProgress): void;
  finish(): void;
}

export function progressLine(stream: OutputStream, locale: Locale, now: () => number = Date.now): Progress {
  if (!stream.isTTY) return { update: () => {}, finish: () => {} };
  let last = 0;
  let shown = false;
  return {
    update(progress) {
      if (progress.total < PROGRESS_MIN_FILES || now() - last < REDRAW_MS) return;
      last = now();
      shown = true;
      stream.write(CLEAR_LINE + say(locale, 'progress', { checked: progress.checked, total: progress.total, file: displayText(progress.file, '', PROGRESS_FILE_CHARS) }));
    },
    finish() {
      if (shown) stream.write(CLEAR_LINE);
    },
  };
}

/** Test helper: a CliIo that records what a command writes. */
import type { CliIo } from './command.js';

export function fakeIo(overrides: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    env: {}, cwd: process.cwd(), locale: 'en', ...overrides,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

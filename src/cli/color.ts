/** Colour only where a person reads it: a TTY, unless NO_COLOR says no or FORCE_COLOR says yes. */
import pc from 'picocolors';
import type { OutputStream } from './command.js';

export type Colors = ReturnType<typeof pc.createColors>;

export function colorEnabled(stream: OutputStream, env: Record<string, string | undefined>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

export function colors(enabled: boolean): Colors {
  return pc.createColors(enabled);
}

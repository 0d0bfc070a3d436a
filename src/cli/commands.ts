/** The subcommands, in the order `--help` lists them. A new command is one import and one entry here. */
import { checkCommand } from './check.js';
import type { CliCommand } from './command.js';
import { initCommand } from './init-vscode.js';
import { validateCommand } from './validate.js';

export const COMMANDS: readonly CliCommand[] = [
  checkCommand,
  validateCommand,
  initCommand,
];

/** How a config file's kind is told: by its name (the registry of kinds), else by its content. */
import path from 'node:path';
import { configKind, KIND_IDS, type KindId, kindOfFileName } from '../kinds.js';
import type { ConfigValidator } from './types.js';

export const FILE_KINDS = KIND_IDS;
export type FileKind = KindId;

/** The kind a file name alone reveals (`app.json`, `theme.json`…); page and component files need their content. */
export function kindFromFileName(file: string): FileKind | undefined {
  return kindOfFileName(path.basename(file));
}

/** A page or component json, told apart the way WeChat does: `"component": true` makes a component. */
export function guessPageOrComponent(value: unknown): 'page' | 'component' {
  return value !== null && typeof value === 'object' && (value as Record<string, unknown>).component === true ? 'component' : 'page';
}

export function validatorFor(kind: FileKind): ConfigValidator {
  return configKind(kind).validate;
}

/** A config file's kind by its name (the registry of kinds), and its validator. */
import path from 'node:path';
import { configKind, KIND_IDS, type KindId, kindOfFileName } from '../kinds.js';
import type { ConfigValidator } from './types.js';

export const FILE_KINDS = KIND_IDS;
export type FileKind = KindId;

/** The kind a file name alone reveals (`app.json`, `theme.json`…); page and component files need their content. */
export function kindFromFileName(file: string): FileKind | undefined {
  return kindOfFileName(path.basename(file));
}

export function validatorFor(kind: FileKind): ConfigValidator {
  return configKind(kind).validate;
}

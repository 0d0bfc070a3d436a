/**
 * One entry for any config file: its kind is given, or told by its file name (the registry of kinds),
 * or, for a page or component json, by its content (`"component": true` makes a component, as in WeChat).
 */
import type { ValidationResult } from './diagnostics.js';
import { parseJsonText } from './json/parse.js';
import { configKind, kindIdOf, type KindId, kindOfFileName } from './kinds.js';
import type { ValidateOptions } from './validate/validate.js';

export interface ValidateFileOptions extends ValidateOptions {
  /**
   * The kind of file: an id of the registry (`app`, `page`, `component`, `sitemap`, `theme`,
   * `project.config`, `project.private.config`) or an earlier spelling (`project-config`). Default: told
   * by `fileName`, else by the content.
   */
  kind?: string;
}

/** The file name after the last `/` or `\`. */
function baseName(fileName: string): string {
  return fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
}

/** A page or component json, told apart the way WeChat does: `"component": true` makes a component. */
export function pageOrComponent(value: unknown): 'page' | 'component' {
  return value !== null && typeof value === 'object' && (value as Record<string, unknown>).component === true ? 'component' : 'page';
}

/**
 * The kind a file is checked as: `kind` when given (throws a `RangeError` naming the kinds when it is
 * none of them), else the one its name reveals, else page or component by its content.
 */
export function kindOfFile(input: unknown, options: { fileName?: string; kind?: string } = {}): KindId {
  if (options.kind !== undefined) {
    const id = kindIdOf(options.kind);
    if (!id) throw new RangeError(`Unknown kind "${options.kind}"`);
    return id;
  }
  const named = options.fileName === undefined ? undefined : kindOfFileName(baseName(options.fileName));
  return named ?? pageOrComponent(typeof input === 'string' ? parseJsonText(input, 'en').value : input);
}

/**
 * Checks one config file of any kind, given as text (positions included) or as a parsed value. Never
 * throws on bad input (only on a `kind` that is no kind).
 *
 * ```ts
 * validateFile(text, { fileName: 'pages/index/index.json', locale: 'zh-CN' });
 * ```
 */
export function validateFile(input: unknown, options: ValidateFileOptions = {}): ValidationResult<unknown> {
  const { kind, ...validateOptions } = options;
  return configKind(kindOfFile(input, { fileName: options.fileName, kind })).validate(input, validateOptions);
}

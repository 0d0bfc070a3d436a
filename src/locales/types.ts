import type { Locale } from '../meta.js';

/** Everything a message template may use. `field` is the formatted JSON path (`window.backgroundColor`). */
export interface MessageParams {
  field: string;
  expected?: string;
  received?: string;
  /** Allowed values, already formatted for display. */
  allowed?: string;
  /** A close, valid alternative (did-you-mean). */
  suggestion?: string;
  value?: string;
  key?: string;
  min?: number | string;
  max?: number | string;
  count?: number;
  /** Theme mode (`light` / `dark`) or other qualifier. */
  mode?: string;
  variable?: string;
  /** Free-form extra detail (e.g. the JSON parser's own words). */
  detail?: string;
  /** A ready-made "write this instead" sentence, appended to the message. */
  hint?: string;
}

export type MessageTemplate = (p: MessageParams) => string;

export type EngineMessageCode =
  | 'json-syntax'
  | 'json-comment'
  | 'json-trailing-comma'
  | 'json-merge-conflict'
  | 'json-empty'
  | 'json-bom'
  | 'json-not-object'
  | 'json-too-deep'
  | 'json-invalid-utf8'
  | 'input-unreadable'
  | 'internal-error'
  | 'diagnostics-truncated'
  | 'duplicate-key'
  | 'invalid-type'
  | 'invalid-value'
  | 'missing-key'
  | 'unknown-key'
  | 'invalid-color'
  | 'invalid-format'
  | 'too-small'
  | 'too-big'
  | 'theme-variable-missing'
  | 'theme-variable-invalid'
  | 'theme-variable-not-allowed'
  | 'hint-string-boolean'
  | 'hint-string-number'
  | 'hint-did-you-mean';

export type { Locale };

import type { MessageCatalogue } from './types.js';

const withHint = (text: string, hint?: string) => (hint ? `${text} ${hint}` : text);

export const en: MessageCatalogue = {
  'json-syntax': (p) => `The file is not valid JSON: ${p.detail}. Fix the syntax at this position.`,
  'json-comment': () =>
    'Comments are not allowed: WeChat reads config files as strict JSON. Delete the comment (or move the note into a README).',
  'json-trailing-comma': () => 'Trailing comma: strict JSON does not allow a comma before `}` or `]`. Delete it.',
  'json-merge-conflict': () =>
    'Unresolved git merge-conflict marker. Resolve the conflict and keep one version of the lines.',
  'json-empty': () => 'The file is empty. Write a JSON object, at least `{}`.',
  'json-bom': () => 'The file starts with a UTF-8 byte order mark (BOM), which WeChat\'s compile rejects ("Unexpected token"). Save it as UTF-8 without BOM.',
  'json-not-object': (p) => `The file must contain a JSON object, but it contains ${p.received}. Wrap the settings in \`{ … }\`.`,
  'json-too-deep': (p) =>
    `Values are nested more than ${p.max} levels deep here; no WeChat config nests like this, so the file is not checked further. Remove the extra nesting.`,
  'json-invalid-utf8': () =>
    'The file contains bytes that are not valid UTF-8 (shown as �). Save the file as UTF-8 and retype the damaged text.',
  'input-unreadable': (p) =>
    `Reading ${p.field || 'the value'} threw ${p.detail}, so it was not checked. Pass plain data (e.g. the result of JSON.parse), without getters that throw or Proxy objects.`,
  'internal-error': (p) =>
    `The validator failed unexpectedly (${p.detail}), so the file was not fully checked. This is a bug in miniprogram-schema: please report it with the file.`,
  'diagnostics-truncated': (p) =>
    `…and ${p.count} more "${p.key}" diagnostics from here on, not listed (at most ${p.max} of one kind are shown per file). Fix the ones above and check again.`,
  'duplicate-key': (p) =>
    `Key "${p.key}" appears more than once in this object; only the last value counts. Keep one of them.`,
  'invalid-type': (p) => withHint(`${p.field} must be ${p.expected}, but it is ${p.received}.`, p.hint),
  'invalid-value': (p) => withHint(`${p.field} is ${p.value}, which is not allowed. Use one of: ${p.allowed}.`, p.hint),
  'missing-key': (p) => `${p.field} is required but missing. Add "${p.key}".`,
  'unknown-key': (p) =>
    withHint(`${p.field} is not a key WeChat knows here; it is ignored.`, p.hint ?? 'Remove it or check the spelling.'),
  'invalid-color': (p) =>
    withHint(
      `${p.field} is ${p.value}, which is not a hex colour. Write ${p.expected ?? 'a hex colour such as "#ffffff"'}.`,
      p.hint,
    ),
  'invalid-format': (p) => withHint(`${p.field} is ${p.value}, which does not have the expected form: ${p.expected}.`, p.hint),
  'too-small': (p) => withHint(`${p.field} needs at least ${p.min} ${p.expected ?? 'items'}, but has ${p.count}.`, p.hint),
  'too-big': (p) => withHint(`${p.field} may have at most ${p.max} ${p.expected ?? 'items'}, but has ${p.count}.`, p.hint),
  'theme-variable-missing': (p) =>
    `${p.field} uses "@${p.variable}", but theme.json defines no "${p.variable}" in "${p.mode}". Add it to the "${p.mode}" object of theme.json.`,
  'theme-variable-invalid': (p) =>
    withHint(`${p.field} uses "@${p.variable}", whose ${p.mode} value ${p.value} is not valid here: ${p.detail}.`, p.hint),
  'theme-variable-not-allowed': (p) =>
    `${p.field} is ${p.value}: this field does not accept "@variable" references. Write the value itself.`,
  'hint-string-boolean': (p) => `Write ${p.value} without quotes.`,
  'hint-string-number': (p) => `Write the number ${p.value} without quotes.`,
  'hint-did-you-mean': (p) => `Did you mean "${p.suggestion}"?`,
};

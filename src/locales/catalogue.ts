/**
 * The shape of the message catalogue: what is known of one diagnostic code, written once. Each kind keeps
 * its own entries beside its checks (engine codes in `messages.ts`, rules in their modules, project codes
 * in `project/messages.ts`) so a bundle of one validator carries only its own texts; `project/codes.ts`
 * assembles them all, lazily, for the docs (`docs/rules.md`), SARIF and the config schema.
 */
import type { Severity } from '../diagnostics.js';
import type { Locale } from '../meta.js';

/** The same text in each locale. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/** A message template per locale. */
export type LocalizedTemplate<P> = Readonly<Record<Locale, (params: P) => string>>;

/** One code of the catalogue: its fixed severity (absent where it depends on the finding), what it means, its message. */
export interface CodeEntry<P> extends LocalizedTemplate<P> {
  severity?: Severity;
  description: LocalizedText;
}

/** The one lookup: a code's message in a locale. */
export function renderMessage<P>(templates: LocalizedTemplate<P>, locale: Locale, params: P): string {
  return templates[locale](params);
}

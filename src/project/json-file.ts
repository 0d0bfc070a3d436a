/** One config file of the project: its text, its parsed value, and positions inside it. */
import type { JsonPath } from '../diagnostics.js';
import { parseJsonText, type ParsedJson } from '../json/parse.js';
import { offsetOfPath, positionAt } from '../json/positions.js';
import type { Locale } from '../meta.js';

export class JsonFile {
  private parsed?: ParsedJson;
  /** The value a validator already parsed from this same text (see `adoptValue`). */
  private adopted?: { value: unknown };

  constructor(readonly file: string, readonly text: string, private readonly locale: Locale) {}

  private json(): ParsedJson {
    return (this.parsed ??= parseJsonText(this.text, this.locale));
  }

  /** The parsed value, or `undefined` when the text is not JSON. */
  get value(): unknown {
    return this.adopted ? this.adopted.value : this.json().value;
  }

  /**
   * Takes the value a validator returned for this file's text (validateConfig parses with the same
   * function and returns the value as written), so pages and components are not parsed twice.
   */
  adoptValue(value: unknown): void {
    if (!this.parsed && value !== undefined) this.adopted = { value };
  }

  /** The object at `path`, when there is one. */
  objectAt(path: JsonPath): Record<string, unknown> | undefined {
    let current: unknown = this.value;
    for (const key of path) {
      if (current === null || typeof current !== 'object') return undefined;
      current = (current as Record<string | number, unknown>)[key];
    }
    return current !== null && typeof current === 'object' && !Array.isArray(current) ? (current as Record<string, unknown>) : undefined;
  }

  /** 1-based position of the value (or key) at `path`; the nearest existing ancestor when it is absent. */
  position(path: JsonPath, anchor: 'value' | 'key' = 'value'): { line: number; column: number } {
    const parsed = this.json();
    try {
      return positionAt(parsed.lines(), offsetOfPath(parsed.tree(), path, anchor) + parsed.offsetShift);
    } catch {
      return { line: 1, column: 1 };
    }
  }
}

/** `$id`s name the range semver treats as compatible (docs/editors.md, "Schema URLs and versions"). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaUrl } from '../scripts/gen-schemas.js';
import { compatibleRange } from '../src/links.js';

describe('schema $id version range', () => {
  it('pins 0.x to its minor and 1.0+ to its major', () => {
    expect(compatibleRange('0.1.0')).toBe('0.1');
    expect(compatibleRange('0.3.7')).toBe('0.3');
    expect(compatibleRange('1.4.2')).toBe('1');
    expect(compatibleRange('12.0.0')).toBe('12');
  });

  it('treats the unreleased placeholder 0.0.0 as the first release line', () => {
    expect(compatibleRange('0.0.0')).toBe('0.1');
  });

  it('is what the committed schemas carry', () => {
    const schema = JSON.parse(readFileSync(new URL('../schemas/en/app.schema.json', import.meta.url), 'utf8')) as { $id: string };
    expect(schema.$id).toBe(schemaUrl('en', 'app'));
    expect(schema.$id).not.toMatch(/miniprogram-schema@0\//);
  });
});

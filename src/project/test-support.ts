/** Test support (not part of the package API): throw-away copies of the examples and small variants. */
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));

const made: string[] = [];

/** A fresh copy of `examples/<name>` (or an empty folder) in the system temp folder. */
export function tempProject(example?: 'valid' | 'broken'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mp-schema-'));
  made.push(dir);
  if (example) cpSync(path.join(EXAMPLES, example), dir, { recursive: true });
  return dir;
}

export function removeTempProjects(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes files (string → text, object → JSON, Buffer → bytes), creating folders. */
export function writeFiles(root: string, files: Record<string, string | object | Buffer>): void {
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(root, file);
    mkdirSync(path.dirname(target), { recursive: true });
    const data = Buffer.isBuffer(content) ? content : typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`;
    writeFileSync(target, data);
  }
}

export function editJson(root: string, file: string, edit: (value: Record<string, unknown>) => void): void {
  const target = path.join(root, file);
  const value = JSON.parse(readFileSync(target, 'utf8')) as Record<string, unknown>;
  edit(value);
  writeFileSync(target, `${JSON.stringify(value, null, 2)}\n`);
}

/** Every file under `root` with its mtime and content, to prove a check wrote nothing. */
export function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.set(path.relative(root, full), `${statSync(full).mtimeMs}:${readFileSync(full).toString('base64')}`);
    }
  };
  walk(root);
  return out;
}

/** A minimal page: json, script and template. */
export function pageFiles(page: string, json: object = {}): Record<string, string | object> {
  return { [`${page}.json`]: json, [`${page}.js`]: 'Page({});\n', [`${page}.wxml`]: '<view />\n' };
}

export function componentFiles(base: string, json: object = { component: true }): Record<string, string | object> {
  return { [`${base}.json`]: json, [`${base}.js`]: 'Component({});\n', [`${base}.wxml`]: '<view />\n' };
}

/** A tiny valid mini program at the project root: app.json, app.js and one page. */
export function minimalApp(extra: Record<string, unknown> = {}): Record<string, string | object> {
  return { 'app.json': { pages: ['pages/index/index'], ...extra }, 'app.js': 'App({});\n', ...pageFiles('pages/index/index') };
}

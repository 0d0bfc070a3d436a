/** What the npm page and a new user see: licence, links, the files shipped, scripts that run anywhere. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ISSUES_URL, REPOSITORY_URL } from '../src/links.js';
import { projectMessage } from '../src/project/messages.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  files: string[]; scripts: Record<string, string>; repository: { url: string }; homepage: string; bugs: { url: string }; license: string;
};

/** Whether a repository path is inside the tarball (`files`, plus what npm always adds). */
function shipped(file: string): boolean {
  return ['package.json', ...pkg.files].some((entry) => file === entry || file.startsWith(`${entry}/`));
}

describe('package metadata', () => {
  it('ships an MIT LICENSE matching package.json', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} miniprogram-schema contributors/);
  });

  it('names the repository, homepage and issue tracker the code links to', () => {
    expect(pkg.repository.url).toBe(`git+${REPOSITORY_URL}.git`);
    expect(pkg.homepage.startsWith(REPOSITORY_URL)).toBe(true);
    expect(pkg.bugs.url).toBe(ISSUES_URL);
  });

  it('lists only files that exist (dist/ is the build output)', () => {
    for (const entry of pkg.files.filter((e) => e !== 'dist')) expect(existsSync(path.join(ROOT, entry)), entry).toBe(true);
  });

  it('tells where to report an internal error, in both languages', () => {
    expect(projectMessage('en', 'internal-error', { detail: 'boom' })).toContain(ISSUES_URL);
    expect(projectMessage('zh-CN', 'internal-error', { detail: 'boom' })).toContain(ISSUES_URL);
  });
});

describe('README links work from the tarball', () => {
  for (const readme of ['README.md', 'README.zh-CN.md']) {
    it(`${readme}: every relative link points at a shipped file`, () => {
      const text = readFileSync(path.join(ROOT, readme), 'utf8');
      const targets = [...text.matchAll(/\]\((?!https?:|#|mailto:)([^)\s#]+)(?:#[^)]*)?\)/g)].map((m) => path.posix.normalize(m[1]!));
      expect(targets.length).toBeGreaterThan(3);
      for (const target of targets) {
        expect(existsSync(path.join(ROOT, target)), target).toBe(true);
        expect(shipped(target), `${target} is not in package.json "files"`).toBe(true);
      }
    });
  }
});

describe('scripts run on Windows as on Linux', () => {
  it('no npm script relies on a POSIX shell', () => {
    for (const [name, script] of Object.entries(pkg.scripts)) {
      expect(script, name).not.toMatch(/\$\?|\btest\s+[-$]|;|\brm -|\bcp |\bexport |'/);
    }
  });

  it('check-package.mjs starts npm and the checkers without a shell', () => {
    const source = readFileSync(path.join(ROOT, 'scripts/check-package.mjs'), 'utf8');
    expect(source).not.toMatch(/run\('npx?'/);
    expect(source).not.toMatch(/shell:\s*true/);
    expect(source).toContain('process.execPath');
  });
});

/** Where the project lives online; `test/publishing.test.ts` keeps these equal to package.json's fields. */
export const REPOSITORY_URL = 'https://github.com/miniprogram-schema/miniprogram-schema';
export const ISSUES_URL = `${REPOSITORY_URL}/issues`;

/** A file of docs/ on the repository's default branch, e.g. `docsUrl('rules.md', 'pages-empty')`. */
export function docsUrl(file: string, anchor?: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/${file}${anchor ? `#${anchor}` : ''}`;
}

/**
 * The version range schema URLs name: the one semver treats as compatible, `0.<minor>` while 0.x (each
 * minor may break) and the major from 1.0 on. `0.0.0` is the unreleased placeholder: the pending
 * initial-release changeset makes the first version 0.1.0. Policy: docs/editors.md.
 */
export function compatibleRange(version: string): string {
  const [major, minor] = version.split('.');
  if (version === '0.0.0') return '0.1';
  return major === '0' ? `0.${minor}` : `${major}`;
}

/** jsDelivr URL of a file of the package (e.g. `schemas/en/app.schema.json`) for the range of `version`. */
export function cdnUrl(version: string, file: string): string {
  return `https://cdn.jsdelivr.net/npm/miniprogram-schema@${compatibleRange(version)}/${file}`;
}

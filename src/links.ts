/** Where the project lives online; `test/publishing.test.ts` keeps these equal to package.json's fields. */
export const REPOSITORY_URL = 'https://github.com/miniprogram-schema/miniprogram-schema';
export const ISSUES_URL = `${REPOSITORY_URL}/issues`;

/** A file of docs/ on the repository's default branch, e.g. `docsUrl('rules.md', 'pages-empty')`. */
export function docsUrl(file: string, anchor?: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/${file}${anchor ? `#${anchor}` : ''}`;
}

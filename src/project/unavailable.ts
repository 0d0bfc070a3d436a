/** `checkProject` in a browser build: reading a project folder needs Node's file system. */
import type { CheckProjectOptions, ProjectReport } from './types.js';

export async function checkProject(_dir: string, _options?: CheckProjectOptions): Promise<ProjectReport> {
  throw new Error(
    'checkProject 需要 Node.js 的文件系统，浏览器构建中不可用；请在浏览器中对单个文件使用 validateAppJson 等函数。 · ' +
      'checkProject needs Node.js file system access and is not available in a browser build; use validateAppJson and the other per-file validators there.',
  );
}

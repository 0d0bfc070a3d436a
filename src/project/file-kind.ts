/** The kinds of config file the package validates, how to tell them by name, and their validators. */
import path from 'node:path';
import { validateAppJson } from '../app/index.js';
import { validateComponentJson } from '../component/index.js';
import { validatePageJson } from '../page/index.js';
import * as projectConfig from '../project-config/index.js';
import { validateSitemapJson } from '../sitemap/index.js';
import { validateThemeJson } from '../theme/index.js';
import type { ConfigValidator } from './types.js';

export const FILE_KINDS = ['app', 'page', 'component', 'sitemap', 'theme', 'project-config', 'project-private-config'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

const KIND_BY_NAME: Record<string, FileKind> = {
  'app.json': 'app',
  'sitemap.json': 'sitemap',
  'theme.json': 'theme',
  'project.config.json': 'project-config',
  'project.private.config.json': 'project-private-config',
};

/** The kind a file name alone reveals (`app.json`, `theme.json`…); page and component files need their content. */
export function kindFromFileName(file: string): FileKind | undefined {
  return KIND_BY_NAME[path.basename(file)];
}

/** A page or component json, told apart the way WeChat does: `"component": true` makes a component. */
export function guessPageOrComponent(value: unknown): 'page' | 'component' {
  return value !== null && typeof value === 'object' && (value as Record<string, unknown>).component === true ? 'component' : 'page';
}

/**
 * project.private.config.json holds the same keys as project.config.json, all optional. When the
 * project-config module exports a dedicated validator for it, that one is used.
 */
function privateConfigValidator(): ConfigValidator {
  const dedicated = (projectConfig as Record<string, unknown>).validateProjectPrivateConfigJson;
  return typeof dedicated === 'function' ? (dedicated as ConfigValidator) : projectConfig.validateProjectConfigJson;
}

export function validatorFor(kind: FileKind): ConfigValidator {
  switch (kind) {
    case 'app': return validateAppJson;
    case 'page': return validatePageJson;
    case 'component': return validateComponentJson;
    case 'sitemap': return validateSitemapJson;
    case 'theme': return validateThemeJson;
    case 'project-config': return projectConfig.validateProjectConfigJson;
    case 'project-private-config': return privateConfigValidator();
  }
}

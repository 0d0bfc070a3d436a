/**
 * The keys the rules let take `@variable`s (read from the window and tabBar schemas) are the `themeable()`
 * fields of the whole app.json schema, and WeChat's own whitelist (copied from miniprogram-ci into a
 * fixture, compared with the installed checker when it is there).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appJsonSchema } from '../schema.js';
import { themeablePaths } from '../../validate/theme.js';
import { themeableKeys } from './theme-fields.js';

const THEMEABLE_KEYS = themeableKeys();

interface WhiteList { windowPropertWhiteList: string[]; tabBarPropertyWhiteList: string[]; tabbarListItemPropertyWhiteList: string[] }

const fixture = JSON.parse(readFileSync(new URL('../../../test/fixtures/wechat-theme-variable-whitelist.json', import.meta.url), 'utf8')) as WhiteList;
const ORACLE_CONFIG = path.join(process.env.MPCI_DIR ?? path.join(homedir(), '.cache', 'miniprogram-ci-oracle'), 'node_modules', 'miniprogram-ci', 'dist', 'config', 'config.js');
const sorted = (keys: readonly string[]) => [...keys].sort();

describe('themeable keys of app.json', () => {
  it('are the themeable() fields of the schema', () => {
    const paths = themeablePaths(appJsonSchema).map((path) => path.join('.'));
    const keysUnder = (prefix: string) => paths.filter((path) => path.startsWith(`${prefix}.`)).map((path) => path.slice(prefix.length + 1)).filter((key) => !key.includes('.'));
    expect(sorted(THEMEABLE_KEYS.window)).toEqual(sorted(keysUnder('window')));
    expect(sorted(THEMEABLE_KEYS.tabBar)).toEqual(sorted(keysUnder('tabBar')));
    expect(sorted(THEMEABLE_KEYS.tabItem)).toEqual(sorted(keysUnder('tabBar.list.*')));
  });

  it('are WeChat\'s whitelist (jsonVariablePropertyWhiteList)', () => {
    const keys = THEMEABLE_KEYS;
    expect(sorted(keys.window)).toEqual(sorted(fixture.windowPropertWhiteList));
    expect(sorted(keys.tabBar)).toEqual(sorted(fixture.tabBarPropertyWhiteList));
    expect(sorted(keys.tabItem)).toEqual(sorted(fixture.tabbarListItemPropertyWhiteList));
  });

  it.skipIf(!existsSync(ORACLE_CONFIG))('the fixture matches the installed miniprogram-ci', () => {
    const { jsonVariablePropertyWhiteList } = createRequire(import.meta.url)(ORACLE_CONFIG) as { jsonVariablePropertyWhiteList: WhiteList };
    expect(jsonVariablePropertyWhiteList).toEqual({
      windowPropertWhiteList: fixture.windowPropertWhiteList,
      tabBarPropertyWhiteList: fixture.tabBarPropertyWhiteList,
      tabbarListItemPropertyWhiteList: fixture.tabbarListItemPropertyWhiteList,
    });
  });
});

/**
 * tabBar icons, as WeChat's compiler checks them: the file exists, is a file, ends in .png/.jpg/.jpeg,
 * is at most 40 KB (each mode's icon when it is an `@variable`). We also read the image header (image-size) so a renamed GIF or a broken file is
 * caught. `@variable` icons are checked in both theme modes, reported where theme.json defines them.
 */
import path from 'node:path';
import { imageSize } from 'image-size';
import type { ThemeVariables } from '../validate/theme.js';
import type { Place, ProjectContext } from './context.js';
import type { JsonFile } from './json-file.js';
import { joinInside } from '../primitives/paths.js';
import { NOT_REGULAR, OUTSIDE_PROJECT, TOO_LARGE } from './project-fs.js';

export const TAB_ICON_MAX_KB = 40;
const TAB_ICON_EXTENSIONS = ['.png', '.jpg', '.jpeg'];
const TAB_ICON_TYPES = new Set(['png', 'jpg']);
const ICON_KEYS = ['iconPath', 'selectedIconPath'] as const;

interface IconUse {
  icon: string;
  place: Place;
  mode?: 'light' | 'dark';
}

export async function checkTabIcons(ctx: ProjectContext, app: JsonFile, theme: JsonFile | undefined): Promise<void> {
  const list = app.objectAt(['tabBar'])?.list;
  if (!Array.isArray(list)) return;
  const uses: IconUse[] = [];
  list.forEach((item: unknown, i) => {
    for (const key of ICON_KEYS) {
      const icon = (item as Record<string, unknown> | null)?.[key];
      if (typeof icon === 'string' && icon !== '') uses.push(...resolveIcon(icon, { file: app, path: ['tabBar', 'list', i, key] }, theme));
    }
  });
  const seen = new Set<string>();
  const unique = uses.filter((use) => !seen.has(use.icon) && seen.add(use.icon));
  await Promise.all(unique.map((use) => checkIcon(ctx, use)));
}

/** A literal icon as is; an `@variable` as the value it takes in light and in dark mode. */
function resolveIcon(icon: string, place: Place, theme: JsonFile | undefined): IconUse[] {
  if (!icon.startsWith('@')) return [{ icon, place }];
  const variable = icon.slice(1);
  const uses: IconUse[] = [];
  for (const mode of ['light', 'dark'] as const) {
    const value = (theme?.value as ThemeVariables | undefined)?.[mode]?.[variable];
    if (typeof value === 'string' && value !== '') uses.push({ icon: value, mode, place: { file: theme!, path: [mode, variable] } });
  }
  return uses;
}

async function checkIcon(ctx: ProjectContext, { icon, place, mode }: IconUse): Promise<void> {
  if (/^[a-z]+:\/\//i.test(icon)) return; // network icons are the app.json rules' business
  const file = ctx.inCode(joinInside(icon) ?? icon);
  const entry = file === undefined ? { kind: 'missing' as const } : await ctx.fs.entry(file);
  if (entry.kind === 'missing') return ctx.report('tab-icon-missing', place, { target: icon, ...(mode ? { mode } : {}) });
  if (entry.kind === 'directory') return ctx.report('tab-icon-not-file', place, { target: icon });
  ctx.expect();
  // WeChat compares the extension as written (.PNG fails). For icons written in app.json the in-file
  // rule `tab-bar-icon-type` reports it already; only values that come from theme.json are ours.
  const extensionAllowed = TAB_ICON_EXTENSIONS.includes(path.posix.extname(icon));
  if (!extensionAllowed && mode) ctx.report('tab-icon-format', place, { target: icon });
  const max = TAB_ICON_MAX_KB * 1024;
  const { bytes, error, size } = await ctx.fs.bytes(file!, max);
  if (error === TOO_LARGE) ctx.report('tab-icon-too-large', place, { target: icon, size: size ?? 0, max: TAB_ICON_MAX_KB });
  else if (error === OUTSIDE_PROJECT || error === NOT_REGULAR) ctx.reportUnreadable(file!, error, size, max, place);
  else if (!bytes) ctx.report('tab-icon-unreadable', place, { target: icon });
  else if (extensionAllowed) checkImageContent(ctx, bytes, icon, place);
  ctx.done(file!);
}

function checkImageContent(ctx: ProjectContext, bytes: Uint8Array, icon: string, place: Place): void {
  let type: string | undefined;
  try {
    type = imageSize(bytes).type;
  } catch {
    type = undefined;
  }
  if (type === undefined) ctx.report('tab-icon-unreadable', place, { target: icon });
  else if (!TAB_ICON_TYPES.has(type)) ctx.report('tab-icon-format', place, { target: icon, detail: type });
}

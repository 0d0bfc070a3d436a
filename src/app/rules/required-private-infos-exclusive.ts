/**
 * required-private-infos-exclusive: fuzzy location (getFuzzyLocation) and precise location
 * (getLocation, onLocationChange, startLocationUpdate, startLocationUpdateBackground) are mutually
 * exclusive in requiredPrivateInfos — WeChat refuses to compile with both.
 */
import type { AppJson } from '../../types.js';
import { stringsAt } from './app-view.js';
import type { Rule } from './types.js';

export const PRECISE_LOCATION_APIS = ['getLocation', 'onLocationChange', 'startLocationUpdate', 'startLocationUpdateBackground'];

export const requiredPrivateInfosExclusive: Rule<AppJson> = {
  code: 'required-private-infos-exclusive',
  severity: 'error',
  description: {
    zh: 'requiredPrivateInfos 中 getFuzzyLocation（模糊位置）与 getLocation、onLocationChange、startLocationUpdate、startLocationUpdateBackground（精确位置）互斥。',
    en: 'In requiredPrivateInfos, getFuzzyLocation (fuzzy location) excludes getLocation, onLocationChange, startLocationUpdate and startLocationUpdateBackground (precise location).',
  },
  messages: {
    'zh-CN': (p) => `${p.field} 为 "${p.api}"，与同列表中的 "getFuzzyLocation" 互斥：模糊位置和精确位置只能选一种。请删除 "${p.api}"，或删除 "getFuzzyLocation"。`,
    en: (p) => `${p.field} is "${p.api}", which cannot be combined with "getFuzzyLocation" in the same list: choose fuzzy or precise location. Delete "${p.api}", or delete "getFuzzyLocation".`,
  },
  *check(app) {
    const apis = stringsAt(app, 'requiredPrivateInfos');
    if (!apis.some(([, api]) => api === 'getFuzzyLocation')) return;
    for (const [i, api] of apis) {
      if (PRECISE_LOCATION_APIS.includes(api)) yield { path: ['requiredPrivateInfos', i], params: { api } };
    }
  },
};

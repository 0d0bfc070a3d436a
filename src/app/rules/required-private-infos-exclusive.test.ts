import { describe, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'required-private-infos-exclusive';

describe(CODE, () => {
  it('accepts fuzzy location with the non-location APIs', () => {
    expectPasses(CODE, { pages, requiredPrivateInfos: ['getFuzzyLocation', 'chooseLocation', 'chooseAddress'] });
    expectPasses(CODE, { pages, requiredPrivateInfos: ['getLocation', 'onLocationChange'] });
  });

  it('rejects each precise-location API next to getFuzzyLocation', () => {
    expectFails(CODE, { pages, requiredPrivateInfos: ['getLocation', 'getFuzzyLocation', 'chooseAddress', 'startLocationUpdateBackground'] }, [
      ['requiredPrivateInfos', 0], ['requiredPrivateInfos', 3],
    ]);
  });
});

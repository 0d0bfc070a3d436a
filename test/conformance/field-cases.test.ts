/**
 * Generated field cases (scripts/conformance/, `npm run conformance:generate`): thousands of mutations
 * of valid app, page, component, sitemap, theme and project.config files, each with WeChat's own
 * verdict (miniprogram-ci, run offline when the fixtures were generated). Our verdict must be WeChat's
 * on every case: an error exactly where WeChat rejects the file, no error where it accepts it, and
 * each key WeChat notes as unknown reported by us too.
 */
import { describe, expect, it } from 'vitest';
import { compare, judgedCases, KIND_NAMES, type Disagreement } from './agreement.js';

/**
 * Cases where WeChat's verdict in the generator's harness is not the verdict of a real build. The
 * harness checks the one file with WeChat's file checks inside a scratch project whose named files are
 * stubs; the evidence for each is in docs/app-json-schema-decisions.md ("Conformance exceptions").
 */
const EXCEPTIONS: Record<string, string> = {
  // The stubs make "pages/list/list.js.wxml" exist; a real project has no such file and WeChat's
  // compile fails with "page file not found" (as it does for a main-package page with an extension).
  'app:subpackages[0].pages[0]:path-extension': 'harness stubs the page files',
  'app:subpackages[0].pages[0]:path-json-extension': 'harness stubs the page files',
  // The oracle's stub builder cannot create "x/" as a file and stops, leaving the tab icons missing.
  'app:subpackages[0].entry:path-trailing-slash': 'harness failed to build its stubs',
  // File-system checks (a folder, a file that exists, a component that resolves): the project check's
  // business (`miniprogram-schema check`), not a file's own validation.
  'app:workers:path-extension': 'WeChat checks that the folder exists',
  'app:workers:path-json-extension': 'WeChat checks that the folder exists',
  'app:openDataContext:type-string': 'WeChat checks that the folder exists',
  'app:openLocationPagePath:type-string': 'WeChat checks that the page file exists',
  'app:openLocationPagePath:path-trailing-slash': 'WeChat checks that the page file exists',
  'app:themeLocation:path-trailing-slash': 'WeChat reads the theme file',
  'app:themeLocation:path-extension': 'WeChat reads the theme file',
  'page:componentGenerics.x.default:path-dot-dot': 'WeChat resolves the component file',
  'page:componentGenerics.x.default:path-backslash': 'WeChat resolves the component file',
  'component:componentGenerics.selectable.default:path-dot-dot': 'WeChat resolves the component file',
  'component:componentGenerics.selectable.default:path-backslash': 'WeChat resolves the component file',
  // An empty component path passes WeChat's app.json checks but fails its compile ("component not
  // found"), checked with compile-project.cjs: the compile decides, so ours is an error.
  'app:usingComponents.nav-bar:type-empty-string': 'WeChat\'s compile fails where its file check passes',
  // A skyline page needs lazyCodeLoading in app.json: a cross-file check, reported by the project check.
  'page:renderer:enum-skyline': 'needs app.json (cross-file)',
  'component:renderer:enum-skyline': 'needs app.json (cross-file)',
};

const cases = KIND_NAMES.flatMap((kind) => judgedCases(kind));

describe.skipIf(cases.length === 0)('field cases: our verdict is WeChat\'s', () => {
  it.each(KIND_NAMES)('%s', (kind) => {
    const judged = judgedCases(kind);
    expect(judged.length).toBeGreaterThan(50);
    const disagreements: Disagreement[] = [];
    const missingWarnings: string[] = [];
    for (const c of judged) {
      const outcome = compare(c);
      if (outcome.verdict && !Object.hasOwn(EXCEPTIONS, c.id)) disagreements.push(outcome.verdict);
      if (outcome.missingWarnings.length > 0) missingWarnings.push(`${c.id}: ${outcome.missingWarnings.join(', ')}`);
    }
    expect(disagreements.slice(0, 20)).toEqual([]);
    expect(missingWarnings.slice(0, 20)).toEqual([]);
  });

  it('lists only exceptions that still disagree', () => {
    const byId = new Map(cases.map((c) => [c.id, c]));
    for (const id of Object.keys(EXCEPTIONS)) {
      const c = byId.get(id);
      expect(c, id).toBeDefined();
      expect(compare(c!).verdict, id).toBeDefined();
    }
  });
});

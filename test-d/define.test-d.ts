/**
 * Through the built declarations: enum fields reject a wrong literal (no collapse to `string`), the define
 * helpers reject a misspelt key at every depth and a tab bar of a length WeChat rejects, and keep literals.
 */
import { expectAssignable, expectError, expectNotAssignable, expectType } from 'tsd';
import { type AppJson, defineAppJson, defineComponentJson, definePageJson, type PageJson, type SubPackage, type TabBar } from '../dist/index.js';

// Enum fields, each given a wrong literal.
expectError<AppJson>({ pages: [], window: { navigationBarTextStyle: 'red' } });
expectError<AppJson>({ pages: [], window: { backgroundTextStyle: 'grey' } });
expectError<AppJson>({ pages: [], window: { navigationStyle: 'floating' } });
expectError<AppJson>({ pages: [], tabBar: { borderStyle: 'red', list: [] } });
expectError<AppJson>({ pages: [], tabBar: { position: 'left', list: [] } });
expectError<AppJson>({ pages: [], renderer: 'canvas' });
expectError<AppJson>({ pages: [], componentFramework: 'react' });
expectError<PageJson>({ navigationBarTextStyle: 'red' });
expectError<PageJson>({ backgroundTextStyle: 'grey' });
// A theme variable is `@name`; a plain value is still one of the enum.
expectAssignable<AppJson>({ pages: [], window: { navigationBarTextStyle: '@navTextStyle', backgroundTextStyle: 'dark' } });
expectAssignable<TabBar>({ borderStyle: '@tabBorder', list: [] });

/** Every path below T whose enum (string literals, with or without `@${string}`) accepts a wrong literal; `never` when none. */
type Wrong = 'zz-not-a-value';
type EnumsAcceptingWrong<T, P extends string> = T extends readonly (infer E)[]
  ? EnumsAcceptingWrong<E, `${P}[]`>
  : T extends object ? { [K in keyof T & string]-?: FieldAcceptingWrong<NonNullable<T[K]>, `${P}.${K}`> }[keyof T & string] : never;
type FieldAcceptingWrong<V, P extends string> = (true extends HasStringLiteral<V> ? (Wrong extends V ? P : never) : never) | EnumsAcceptingWrong<Exclude<V, string>, P>;
type HasStringLiteral<V> = V extends string ? (string extends V ? false : V extends `@${string}` ? false : true) : false;
/** Lists WeChat leaves open (`'a' | 'b' | (string & {})`): any string is right there. */
type Open = 'AppJson.requiredBackgroundModes[]' | 'AppJson.subpackages[].renderer' | 'AppJson.subpackages[].componentFramework'
  | 'AppJson.subPackages[].renderer' | 'AppJson.subPackages[].componentFramework';
expectType<never>(null as unknown as Exclude<EnumsAcceptingWrong<AppJson, 'AppJson'>, Open>);
expectType<never>(null as unknown as EnumsAcceptingWrong<PageJson, 'PageJson'>);
// Open lists still take any string, and keep their literals for completion.
expectAssignable<AppJson>({ pages: [], requiredBackgroundModes: ['audio', 'bluetooth-central'] });
expectAssignable<SubPackage>({ root: 'pkg', pages: [], renderer: 'skyline' });
expectAssignable<SubPackage>({ root: 'pkg', pages: [], renderer: 'future-renderer' });

// define*: a misspelt key at each depth.
declare const tab: { pagePath: 'pages/index/index'; text: 'Home' };
expectError(defineAppJson({ pages: ['pages/index/index'], windw: {} }));
expectError(defineAppJson({ pages: ['pages/index/index'], window: { navigationBarTitleTxt: 'Home' } }));
expectError(defineAppJson({ pages: ['pages/index/index'], tabBar: { list: [{ pagePath: 'pages/index/index', txt: 'Home' }, tab] } }));
expectError(defineAppJson({ pages: ['pages/index/index'], subpackages: [{ root: 'pkg', pages: [], indepedent: true }] }));
expectError(defineAppJson({ pages: ['pages/index/index'], permission: { 'scope.userLocation': { dsc: 'For the map' } } }));
expectError(definePageJson({ navigationBarTitleTxt: 'Home' }));
expectError(defineComponentJson({ component: true, componentGenerics: { list: { defualt: './x' } } }));
// define*: a tab bar of 1, of 6 without custom: true, of 11 with it.
expectError(defineAppJson({ pages: ['pages/index/index'], tabBar: { list: [tab] } }));
expectError(defineAppJson({ pages: ['pages/index/index'], tabBar: { list: [tab, tab, tab, tab, tab, tab] } }));
expectError(defineAppJson({ pages: ['pages/index/index'], tabBar: { custom: true, list: [tab, tab, tab, tab, tab, tab, tab, tab, tab, tab, tab] } }));
// … and literals kept when all is well.
const app = defineAppJson({ pages: ['pages/index/index', 'pages/logs/logs'], window: { navigationBarTextStyle: 'black' }, tabBar: { custom: true, list: [tab, tab, tab, tab, tab, tab] } });
expectType<['pages/index/index', 'pages/logs/logs']>(app.pages);
expectType<'black'>(app.window.navigationBarTextStyle);
expectNotAssignable<AppJson>({ pages: [], window: { navigationBarTextStyle: 'red' } });

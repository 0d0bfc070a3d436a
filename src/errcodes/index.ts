/**
 * miniprogram-schema/errcodes: WeChat server error codes (Official Account / Mini Program / Open Platform
 * namespace; WeCom and WeChat Pay codes are a different namespace and are not included).
 * 微信服务端错误码（公众号 / 小程序 / 开放平台命名空间；企业微信、微信支付的错误码不在此列）。
 *
 * @module miniprogram-schema/errcodes
 */
export { describeErrcode, isCatalogueLoaded, listErrcodes } from './catalogue.js';
export type { ErrcodeCategory, ErrcodeInfo } from './catalogue.js';
export { CODE2SESSION_ERRCODES, ERRCODE } from './constants.js';
export type { Code2SessionErrcode, ErrcodeName, NamedErrcode } from './constants.js';

/**
 * The server entries as a consumer sees them through the built declarations: the session_key is
 * opaque until read explicitly, the error classes carry typed fields, the error-code names are literal.
 */
import { expectAssignable, expectError, expectType } from 'tsd';
import {
  code2Session, type Code2SessionResponse, type Code2SessionSuccess, isWechatError, SessionKey, WechatApiError, WechatHttpError,
} from '../dist/code2session.js';
import { describeErrcode, ERRCODE, type ErrcodeInfo } from '../dist/errcodes.js';

declare const success: Code2SessionSuccess;
expectType<string>(success.openid);
expectAssignable<string | undefined>(success.unionid);
expectType<SessionKey>(success.session_key);
expectType<string>(success.session_key.reveal());
// Not a string: it cannot be sent or concatenated by accident.
expectError<string>(success.session_key);
expectError(success.session_key.length);

expectType<Promise<Code2SessionSuccess>>(code2Session({ appid: 'wx0', secret: 's', jsCode: 'c' }, { timeoutMs: 1000 }));
expectError(code2Session({ appid: 'wx0', secret: 's' }));

declare const response: Code2SessionResponse;
if (isWechatError(response)) expectType<string>(response.errmsg);
else expectType<string>(response.openid);

declare const apiError: WechatApiError;
expectType<number>(apiError.errcode);
expectType<boolean>(apiError.needsNewCode);
declare const httpError: WechatHttpError;
expectAssignable<string>(httpError.reason);

expectType<40029>(ERRCODE.INVALID_CODE);
expectType<ErrcodeInfo>(describeErrcode(40029, 'zh-CN'));
expectError(describeErrcode(40029, 'fr'));

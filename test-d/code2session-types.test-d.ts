/**
 * The code2session types are declared interfaces (src/code2session/types.ts), so a consumer's compiler
 * never instantiates zod for them. They must stay exactly the schemas' zod types: a schema changed
 * without its interface fails here, naming the type. tsd checks the built declarations.
 */
import { expectType } from 'tsd';
import type * as z from 'zod';
import type {
  Code2SessionParams, Code2SessionRequest, Code2SessionResponse, Code2SessionSuccess, ComponentCode2SessionParams,
  ComponentCode2SessionRequest, DecryptedData, DecryptedPhoneNumber, DecryptedRunData, DecryptedShareInfo, DecryptedUserInfo,
  GetPhoneNumberRequest, GetPhoneNumberSuccess, ResetUserSessionKeySuccess, SessionKeyCheckRequest, Watermark, WechatErrorBody,
  WecomCode2SessionRequest, WecomCode2SessionSuccess, WecomServiceCode2SessionRequest, code2SessionParamsSchema,
  code2SessionRequestSchema, code2SessionResponseSchema, code2SessionSuccessSchema, componentCode2SessionParamsSchema,
  componentCode2SessionRequestSchema, decryptedDataSchema, decryptedPhoneNumberSchema, decryptedRunDataSchema,
  decryptedShareInfoSchema, decryptedUserInfoSchema, getPhoneNumberRequestSchema, getPhoneNumberSuccessSchema,
  resetUserSessionKeySuccessSchema, sessionKeyCheckRequestSchema, watermarkSchema, wechatErrorSchema,
  wecomCode2SessionRequestSchema, wecomCode2SessionSuccessSchema, wecomServiceCode2SessionRequestSchema,
} from '../dist/code2session.js';

/** Strict equality: no `any` leaks, no optional/required or readonly difference. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Assignable both ways. */
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** What the caller passes: the schema's input type. */
interface Inputs {
  Code2SessionRequest: [Code2SessionRequest, typeof code2SessionRequestSchema];
  Code2SessionParams: [Code2SessionParams, typeof code2SessionParamsSchema];
  ComponentCode2SessionParams: [ComponentCode2SessionParams, typeof componentCode2SessionParamsSchema];
  ComponentCode2SessionRequest: [ComponentCode2SessionRequest, typeof componentCode2SessionRequestSchema];
  WecomCode2SessionRequest: [WecomCode2SessionRequest, typeof wecomCode2SessionRequestSchema];
  WecomServiceCode2SessionRequest: [WecomServiceCode2SessionRequest, typeof wecomServiceCode2SessionRequestSchema];
  GetPhoneNumberRequest: [GetPhoneNumberRequest, typeof getPhoneNumberRequestSchema];
  SessionKeyCheckRequest: [SessionKeyCheckRequest, typeof sessionKeyCheckRequestSchema];
}

/** What the package hands back: the schema's output type (session_key already a SessionKey). */
interface Outputs {
  Code2SessionSuccess: [Code2SessionSuccess, typeof code2SessionSuccessSchema];
  WechatErrorBody: [WechatErrorBody, typeof wechatErrorSchema];
  Code2SessionResponse: [Code2SessionResponse, typeof code2SessionResponseSchema];
  WecomCode2SessionSuccess: [WecomCode2SessionSuccess, typeof wecomCode2SessionSuccessSchema];
  GetPhoneNumberSuccess: [GetPhoneNumberSuccess, typeof getPhoneNumberSuccessSchema];
  ResetUserSessionKeySuccess: [ResetUserSessionKeySuccess, typeof resetUserSessionKeySuccessSchema];
  Watermark: [Watermark, typeof watermarkSchema];
  DecryptedData: [DecryptedData, typeof decryptedDataSchema];
  DecryptedUserInfo: [DecryptedUserInfo, typeof decryptedUserInfoSchema];
  DecryptedPhoneNumber: [DecryptedPhoneNumber, typeof decryptedPhoneNumberSchema];
  DecryptedShareInfo: [DecryptedShareInfo, typeof decryptedShareInfoSchema];
  DecryptedRunData: [DecryptedRunData, typeof decryptedRunDataSchema];
}

type Differ<P, Check extends 'mutual' | 'equal', Side extends 'input' | 'output'> = {
  [K in keyof P]: P[K] extends [infer Named, infer Schema extends z.ZodType]
    ? (Side extends 'input' ? z.input<Schema> : z.output<Schema>) extends infer Zod
      ? (Check extends 'mutual' ? Mutual<Named, Zod> : Equal<Named, Zod>) extends true ? never : K
      : K
    : K;
}[keyof P];

expectType<never>(null as unknown as Differ<Inputs, 'mutual', 'input'>);
expectType<never>(null as unknown as Differ<Inputs, 'equal', 'input'>);
expectType<never>(null as unknown as Differ<Outputs, 'mutual', 'output'>);
expectType<never>(null as unknown as Differ<Outputs, 'equal', 'output'>);

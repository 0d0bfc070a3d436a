/** Shorthands for the many plain fields of project.config.json, all documented on one page. */
import * as z from 'zod';
import { DOCS, field, type FieldDoc, withDoc } from '../meta.js';

type Extra = Omit<FieldDoc, 'zh' | 'en'>;

export const projectDoc = (zh: string, en: string, extra: Extra = {}) => field({ zh, en, docUrl: DOCS.projectConfig, ...extra });

export const flag = (zh: string, en: string, extra?: Extra) => z.boolean().optional().apply(withDoc, projectDoc(zh, en, extra));

export const text = (zh: string, en: string, extra?: Extra) => z.string().optional().apply(withDoc, projectDoc(zh, en, extra));

export const textList = (zh: string, en: string, extra?: Extra) => z.array(z.string()).optional().apply(withDoc, projectDoc(zh, en, extra));

/** `requiredPrivateInfos`: the location privacy APIs the app declares. */
import * as z from 'zod';
import { docEnum, field, withDoc } from '../meta.js';
import { appDoc } from './doc-urls.js';

/* Each enum's values with their docs, written once: the z.enum is built from the keys. */
const enumValues = docEnum({
  getFuzzyLocation: { zh: '获取模糊地理位置', en: 'Read the fuzzy location.' },
  getLocation: { zh: '获取精确地理位置', en: 'Read the precise location.' },
  onLocationChange: { zh: '监听实时地理位置变化', en: 'Listen to location changes.' },
  startLocationUpdate: { zh: '前台时接收位置消息', en: 'Receive location updates in the foreground.' },
  startLocationUpdateBackground: { zh: '前后台都接收位置消息', en: 'Receive location updates in the foreground and background.' },
  chooseLocation: { zh: '打开地图选择位置', en: 'Pick a location on a map.' },
  choosePoi: { zh: '打开 POI 列表选择位置', en: 'Pick a point of interest.' },
  chooseAddress: { zh: '获取用户收货地址', en: 'Read the user\'s postal address.' },
});

const doc = appDoc('requiredPrivateInfos');

export const privateInfoSchema = enumValues.schema.apply(withDoc, field({
  zh: '声明使用的地理位置相关接口。',
  en: 'A location-related API the app uses.',
  values: enumValues.values,
  docUrl: doc,
}));

export const requiredPrivateInfosSchema = z.array(privateInfoSchema).apply(withDoc, field({
  zh: '调用的地理位置相关隐私接口。getFuzzyLocation 与精确位置类接口（getLocation、onLocationChange、startLocationUpdate、startLocationUpdateBackground）不能同时声明。',
  en: 'Location privacy APIs the app calls. getFuzzyLocation cannot be declared together with the precise ones (getLocation, onLocationChange, startLocationUpdate, startLocationUpdateBackground).',
  docUrl: doc,
}));

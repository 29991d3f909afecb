/** UI strings of the Calibrate dialog, in English and Chinese (same keys in both). */
import { backtestEn } from './backtest/messagesEn.ts';
import { backtestZhCN } from './backtest/messagesZhCN.ts';
import { calibrateEn } from './messagesEn.ts';
import { calibrateFitsEn } from './messagesFitsEn.ts';
import { calibrateFitsZhCN } from './messagesFitsZhCN.ts';
import { calibrateZhCN } from './messagesZhCN.ts';

export const calibrateMessages = {
  en: { ...calibrateEn, fit: calibrateFitsEn, backtest: backtestEn },
  zhCN: { ...calibrateZhCN, fit: calibrateFitsZhCN, backtest: backtestZhCN },
};

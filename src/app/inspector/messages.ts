/** UI strings of the inspector feature, in English and Chinese (same keys in both). */
const en = {
  heading: 'Inspector',
};

export const inspectorMessages = {
  en,
  zhCN: {
    heading: 'Inspector',
  } satisfies typeof en,
};

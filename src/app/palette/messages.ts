/** UI strings of the palette feature, in English and Chinese (same keys in both). */
const en = {
  heading: 'Palette',
};

export const paletteMessages = {
  en,
  zhCN: {
    heading: 'Palette',
  } satisfies typeof en,
};

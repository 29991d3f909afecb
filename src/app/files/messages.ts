/** UI strings of the files feature, in English and Chinese (same keys in both). */
const en = {
  heading: 'FileMenu',
};

export const filesMessages = {
  en,
  zhCN: {
    heading: 'FileMenu',
  } satisfies typeof en,
};

/**
 * What a broken part of the page says, in both languages at once: the fault may lie in
 * the language set-up itself, so these do not go through i18next.
 */
export const areaFailedMessages = {
  en: {
    title: 'This part of Blueprint Lab stopped working.',
    body: 'Your blueprint is kept: autosave has it, and a reload brings it back.',
    reload: 'Reload',
    retry: 'Try again',
  },
  'zh-CN': {
    title: '蓝图实验室的这一部分出错了。',
    body: '您的蓝图已保留：自动保存存有它，重新加载即可恢复。',
    reload: '重新加载',
    retry: '重试',
  },
} as const;

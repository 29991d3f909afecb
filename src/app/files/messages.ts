/** UI strings of the files feature, in English and Chinese (same keys in both). */
const en = {
  menuLabel: 'File',
  new: 'New',
  open: 'Open…',
  opening: 'Opening “{{file}}”…',
  save: 'Save',
  exportPng: 'Export PNG',
  exportSvg: 'Export SVG',
  newName: 'New blueprint',
  confirmReplace:
    'You have unsaved changes to “{{name}}”. Replace them? They will be lost unless you save first.',
  leaveWarning: 'You have unsaved changes.',
  importFailedTitle: 'Could not open “{{file}}”',
  importFailedIntro:
    'This file is not a blueprint that can be opened. Your open blueprint is unchanged. What the checks found:',
  close: 'Close',
  recovered: 'Recovered your last work ({{time}}).',
  discard: 'Discard',
  dismiss: 'Keep',
  exportFailed: 'The picture could not be made: {{reason}}',
  dropHint: 'Drop a .json blueprint to open it',
  goToStep: 'Select step {{step}}',
};

export const filesMessages = {
  en,
  zhCN: {
    menuLabel: '文件',
    new: '新建',
    open: '打开…',
    opening: '正在打开“{{file}}”…',
    save: '保存',
    exportPng: '导出 PNG',
    exportSvg: '导出 SVG',
    newName: '新蓝图',
    confirmReplace: '“{{name}}”有未保存的更改。要替换吗？如果不先保存，这些更改将会丢失。',
    leaveWarning: '您有未保存的更改。',
    importFailedTitle: '无法打开“{{file}}”',
    importFailedIntro: '此文件不是可以打开的蓝图。当前打开的蓝图没有改变。检查发现的问题：',
    close: '关闭',
    recovered: '已恢复您上次的工作（{{time}}）。',
    discard: '丢弃',
    dismiss: '保留',
    exportFailed: '无法生成图片：{{reason}}',
    dropHint: '拖入 .json 蓝图文件即可打开',
    goToStep: '选择步骤 {{step}}',
  } satisfies typeof en,
};

/** UI strings of the palette feature, in English and Chinese (same keys in both). */
const en = {
  heading: 'Palette',
  toolbarLabel: 'Add a step',
  hint: 'Drag onto a lane, or click to add at the end of the selected step’s lane',
  kind: {
    action: 'Action',
    decision: 'Decision',
    evidence: 'Evidence',
    note: 'Note',
  },
  kindHint: {
    action: 'Someone does something: the customer, staff or a system',
    decision: 'The flow branches here',
    evidence: 'Something the customer sees or holds',
    note: 'A comment on the blueprint; not simulated',
  },
  roleDescription: 'step kind',
  instructions:
    'To drag this step kind onto the canvas, press Space. Move it with the arrow keys (hold Shift for bigger moves), press Space or Enter to drop it, or Escape to cancel. Press Enter without dragging to add it at the end of the selected step’s lane.',
  announce: {
    pickedUp: 'Picked up {{kind}}. Move it over a lane of the canvas.',
    overCanvas: '{{kind}} is over the canvas.',
    notOverCanvas: '{{kind}} is not over the canvas.',
    dropped: '{{kind}} dropped on the canvas.',
    droppedOutside: '{{kind}} dropped outside the canvas. Nothing was added.',
    cancelled: 'Cancelled. Nothing was added.',
  },
};

export const paletteMessages = {
  en,
  zhCN: {
    heading: '组件面板',
    toolbarLabel: '添加步骤',
    hint: '拖到泳道上，或点击添加到所选步骤所在泳道的末尾',
    kind: {
      action: '行为',
      decision: '决策',
      evidence: '有形展示',
      note: '备注',
    },
    kindHint: {
      action: '有人做某件事：客户、员工或系统',
      decision: '流程在此分支',
      evidence: '客户看到或拿到的东西',
      note: '对蓝图的说明；不参与仿真',
    },
    roleDescription: '步骤类型',
    instructions:
      '按空格键拿起此步骤类型，用方向键移动到画布上（按住 Shift 移动更快），按空格键或回车键放下，按 Esc 取消。不拖动时按回车键，会把它添加到所选步骤所在泳道的末尾。',
    announce: {
      pickedUp: '已拿起{{kind}}。请把它移到画布的某条泳道上。',
      overCanvas: '{{kind}}位于画布上方。',
      notOverCanvas: '{{kind}}不在画布上方。',
      dropped: '{{kind}}已放到画布上。',
      droppedOutside: '{{kind}}放在了画布之外，未添加任何步骤。',
      cancelled: '已取消，未添加任何步骤。',
    },
  } satisfies typeof en,
};

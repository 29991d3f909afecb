/** 简体中文界面文字。Terms follow the usual Chinese service-blueprint vocabulary. */
import { calibrateMessages } from '../calibrate/messages.ts';
import { planningMessages } from '../estimates/messages.ts';
import { filesMessages } from '../files/messages.ts';
import { inspectorMessages } from '../inspector/messages.ts';
import { paletteMessages } from '../palette/messages.ts';
import { playbackMessages } from '../playback/playbackMessages.ts';
import { monthMessages } from '../results/monthMessages.ts';
import { resultsMessages } from '../results/messages.ts';
import { resultsLeverMessages } from '../results/messagesLevers.ts';
import { simulationMessages } from '../simulation/messages.ts';
import type { Messages } from './en.ts';

export const zhCN: Messages = {
  app: {
    name: '蓝图实验室',
    documentTitle: '{{blueprint}} · 蓝图实验室',
  },
  header: {
    language: '语言',
    openBlueprint: '当前蓝图',
    sidebar: '示例与详情',
  },
  examples: {
    heading: '示例',
    listLabel: '示例蓝图',
    unreadable: '无法打开',
    moreTags: '+{{count}}',
  },
  details: {
    heading: '详情',
    noDescription: '该蓝图没有说明。',
    stepCount_one: '{{count}} 个步骤',
    stepCount_other: '{{count}} 个步骤',
    flowCount_one: '{{count}} 条流程线',
    flowCount_other: '{{count}} 条流程线',
    phaseCount_one: '{{count}} 个阶段',
    phaseCount_other: '{{count}} 个阶段',
    findingsHeading: '检查结果',
    noProblems: '未发现问题。',
    errorCount_one: '{{count}} 个错误',
    errorCount_other: '{{count}} 个错误',
    warningCount_one: '{{count}} 个警告',
    warningCount_other: '{{count}} 个警告',
    severity: {
      error: '错误',
      warning: '警告',
    },
    line: '第 {{line}} 行',
  },
  canvas: {
    label: '服务蓝图画布',
    lanes: '泳道',
    phases: '阶段',
    unreadable: '该文件无法作为蓝图打开，原因见左侧检查结果。',
    nothingOpen: '尚未打开蓝图。',
    addPhase: '添加阶段',
    newPhase: '新阶段',
    phaseName: '阶段“{{phase}}”的名称',
    renameHint: '双击或按 Enter 键重命名',
    movePhaseLeft: '将阶段“{{phase}}”左移',
    movePhaseRight: '将阶段“{{phase}}”右移',
    removePhase: '删除阶段“{{phase}}”',
    tooWide: '按可读的大小，这张蓝图比屏幕宽：从左端开始显示，左右平移可看其余部分。',
    namesHidden: '名称已隐藏：此缩放下太小，无法阅读。',
    showNames: '显示名称',
    showNamesHint: '显示整张蓝图，缩放到每个名称都能阅读',
  },
  lanes: {
    evidence: '有形展示',
    customer: '客户行为',
    frontstage: '前台',
    backstage: '后台',
    support: '支持过程',
  },
  lines: {
    interaction: '互动分界线',
    visibility: '可视分界线',
    internalInteraction: '内部互动分界线',
  },
  step: {
    kind: {
      action: '行为',
      decision: '决策',
      evidence: '有形展示',
      note: '备注',
    },
    failPoint: '失误点',
    waitPoint: '等待点',
    failMark: 'F',
    waitMark: 'W',
    meanDuration: '平均 {{duration}}',
    exit: '结束',
    exitOutcome: '出口：{{outcome}}',
    exitOutcomeNamed: '出口：{{outcome}}（{{name}}）',
    connectFrom: '拖到另一个步骤上以连线',
  },
  units: {
    minutes: '{{value}} 分钟',
    hours: '{{value}} 小时',
    days: '{{value}} 天',
  },
  flow: {
    background: '后台流程线',
    failing: '失败分支：走这条线的客户计为该步骤的失败',
    queueAtLeast: '排队 ≥ {{count}} 人',
    queueRule: '“{{step}}”排队达到 {{count}} 人及以上时走这条线（大堂分流）',
  },
  outcome: {
    completed: '已办结',
    rejected: '被拒绝',
    withdrawn: '客户撤回',
    complaint: '投诉',
    referred: '转介',
  },
  controls: {
    panel: '画布控制',
    zoomIn: '放大',
    zoomOut: '缩小',
    fitView: '显示整张蓝图',
    minimap: '缩略图',
    showMinimap: '显示缩略图',
    hideMinimap: '隐藏缩略图',
    routeFlows: '流程线绕开步骤',
  },
  editor: {
    deleted: '已删除 {{steps}}和 {{flows}}',
    stepCount_one: '{{count}} 个步骤',
    stepCount_other: '{{count}} 个步骤',
    flowCount_one: '{{count}} 条流程线',
    flowCount_other: '{{count}} 条流程线',
    undo: '撤销',
    dismiss: '关闭',
  },
  palette: paletteMessages.zhCN,
  playback: playbackMessages.zhCN,
  inspector: inspectorMessages.zhCN,
  files: filesMessages.zhCN,
  calibrate: calibrateMessages.zhCN,
  planning: planningMessages.zhCN,
  results: { ...resultsMessages.zhCN, ...resultsLeverMessages.zhCN },
  month: monthMessages.zhCN,
  simulation: simulationMessages.zhCN,
};

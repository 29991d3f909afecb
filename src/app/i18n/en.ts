/** English UI strings. The Chinese file must have exactly these keys (its type says so). */
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
export const en = {
  app: {
    name: 'Blueprint Lab',
    documentTitle: '{{blueprint}} · Blueprint Lab',
  },
  header: {
    language: 'Language',
    openBlueprint: 'Open blueprint',
    sidebar: 'Examples and details',
  },
  examples: {
    heading: 'Examples',
    listLabel: 'Example blueprints',
    unreadable: 'Cannot be opened',
    moreTags: '+{{count}}',
  },
  details: {
    heading: 'Details',
    noDescription: 'This blueprint has no description.',
    stepCount_one: '{{count}} step',
    stepCount_other: '{{count}} steps',
    flowCount_one: '{{count}} flow',
    flowCount_other: '{{count}} flows',
    phaseCount_one: '{{count}} phase',
    phaseCount_other: '{{count}} phases',
    findingsHeading: 'Checks',
    noProblems: 'No problems found.',
    errorCount_one: '{{count}} error',
    errorCount_other: '{{count}} errors',
    warningCount_one: '{{count}} warning',
    warningCount_other: '{{count}} warnings',
    severity: {
      error: 'Error',
      warning: 'Warning',
    },
    line: 'line {{line}}',
  },
  canvas: {
    label: 'Service blueprint canvas',
    lanes: 'Lanes',
    phases: 'Phases',
    unreadable: 'This file could not be opened as a blueprint. The checks on the left say why.',
    nothingOpen: 'No blueprint is open.',
    addPhase: 'Add phase',
    newPhase: 'New phase',
    phaseName: 'Name of phase {{phase}}',
    renameHint: 'Double-click or press Enter to rename',
    movePhaseLeft: 'Move phase {{phase}} left',
    movePhaseRight: 'Move phase {{phase}} right',
    removePhase: 'Remove phase {{phase}}',
    tooWide:
      'This blueprint is wider than the screen at a readable size: it starts at the left, pan sideways to read the rest.',
    namesHidden: 'Names hidden: too small to read at this zoom.',
    showNames: 'Show names',
    showNamesHint: 'Show the whole blueprint, at a zoom where every name reads',
  },
  lanes: {
    evidence: 'Physical evidence',
    customer: 'Customer actions',
    frontstage: 'Frontstage',
    backstage: 'Backstage',
    support: 'Support processes',
  },
  lines: {
    interaction: 'Line of interaction',
    visibility: 'Line of visibility',
    internalInteraction: 'Line of internal interaction',
  },
  step: {
    kind: {
      action: 'Action',
      decision: 'Decision',
      evidence: 'Physical evidence',
      note: 'Note',
    },
    failPoint: 'Fail point',
    waitPoint: 'Wait point',
    /** The letter of Shostack's notation; kept as F and W in every language. */
    failMark: 'F',
    waitMark: 'W',
    meanDuration: 'avg {{duration}}',
    exit: 'Exit',
    /** The badge on an exit: its outcome, then the exit's own name when it has one. */
    exitOutcome: 'Exit: {{outcome}}',
    exitOutcomeNamed: 'Exit: {{outcome}} ({{name}})',
    connectFrom: 'Drag to another step to draw a flow',
  },
  units: {
    minutes: '{{value}} min',
    hours: '{{value}} h',
    days: '{{value}} d',
  },
  flow: {
    background: 'Background flow',
    failing: 'Failing branch: customers who take it count as failures of this step',
    queueAtLeast: 'queue ≥ {{count}}',
    queueRule: 'Taken while {{count}} or more wait at “{{step}}” (lobby manager’s rule)',
  },
  /** How a visit that ends at an exit ended (blueprint format: exit.outcome). */
  outcome: {
    completed: 'Completed',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
    complaint: 'Complaint',
    referred: 'Referred',
  },
  controls: {
    panel: 'Canvas controls',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitView: 'Show the whole blueprint',
    minimap: 'Overview map',
    showMinimap: 'Show the overview map',
    hideMinimap: 'Hide the overview map',
    routeFlows: 'Route flows around steps',
  },
  editor: {
    deleted: 'Deleted {{steps}} and {{flows}}',
    stepCount_one: '{{count}} step',
    stepCount_other: '{{count}} steps',
    flowCount_one: '{{count}} flow',
    flowCount_other: '{{count}} flows',
    undo: 'Undo',
    dismiss: 'Dismiss',
  },
  palette: paletteMessages.en,
  playback: playbackMessages.en,
  inspector: inspectorMessages.en,
  files: filesMessages.en,
  calibrate: calibrateMessages.en,
  planning: planningMessages.en,
  results: { ...resultsMessages.en, ...resultsLeverMessages.en },
  month: monthMessages.en,
  simulation: simulationMessages.en,
};

export type Messages = typeof en;

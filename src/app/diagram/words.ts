/**
 * The words a drawing of a blueprint needs, in one language, given by the caller (the app
 * takes them from its translations): the diagram itself stays free of i18n.
 */
import type { ExitOutcome, LaneId, LineId, StepKind } from '../../model/index.ts';

export interface DiagramWords {
  /** BCP 47 tag: which of the blueprint's own texts to show, and how to write numbers. */
  language: string;
  /** Under the title ("Service blueprint · 12 steps · 4 phases"). */
  subtitle: string;
  lanes: Record<LaneId, string>;
  lines: Record<LineId, string>;
  kinds: Record<StepKind, string>;
  outcomes: Record<ExitOutcome, string>;
  failPoint: string;
  waitPoint: string;
  failMark: string;
  waitMark: string;
  /** "queue ≥ 6": the caption of a flow taken by the length of a queue. */
  queueAtLeast: (count: number) => string;
  /** "avg 1.6 min" for a mean duration in minutes. */
  meanDuration: (minutes: number) => string;
  legend: {
    heading: string;
    processFlow: string;
    backgroundFlow: string;
    drawingFlow: string;
    failingFlow: string;
  };
}

/** What a run measured, to colour the steps by (the heat the canvas shows), with its key. */
export interface DiagramHeat {
  /** Mean wait in minutes at each step that has a queue. */
  waitByStep: ReadonlyMap<string, number>;
  /** The key's title ("Mean wait, last run"). */
  title: string;
  /** "3.5 min": a wait as the key and the steps write it. */
  formatWait: (minutes: number) => string;
}

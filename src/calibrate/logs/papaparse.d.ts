/**
 * The part of Papa Parse (papaparse, which ships no types) that csvRows.ts uses, declared
 * here rather than through @types/papaparse, whose declarations bring in Node's types and
 * would let Node globals into the pure core's type check (tsconfig.core.json).
 */
declare module 'papaparse' {
  /** What Papa Parse reads as a Node-style readable stream: it only listens. */
  export interface PapaReadable {
    readable: true;
    read(): void;
    on(event: 'data' | 'end' | 'error', listener: (chunk?: unknown) => void): void;
    removeListener(event: 'data' | 'end' | 'error', listener: (chunk?: unknown) => void): void;
    pause(): void;
    resume(): void;
  }

  export interface PapaError {
    type: string;
    code: string;
    message: string;
    row?: number;
  }

  export interface PapaStep {
    data: string[];
    errors: PapaError[];
    meta: { delimiter: string; linebreak: string };
  }

  export interface PapaConfig {
    delimiter?: string;
    header?: false;
    skipEmptyLines?: boolean | 'greedy';
    step?(results: PapaStep): void;
    error?(error: unknown): void;
  }

  const Papa: { parse(input: PapaReadable, config: PapaConfig): void };
  export default Papa;
}

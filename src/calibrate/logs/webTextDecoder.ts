/**
 * TextDecoder, the WHATWG decoder every browser, worker and Node (with full ICU, as Node
 * ships) has, GBK and GB18030 included. It is not in the ECMAScript library the pure
 * core is type-checked against (tsconfig.core.json has no DOM), so the part used here is
 * declared here and the constructor taken from the global object.
 */
export interface WebTextDecoder {
  readonly encoding: string;
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

type WebTextDecoderConstructor = new (
  label?: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => WebTextDecoder;

export const WebTextDecoder = (globalThis as unknown as { TextDecoder: WebTextDecoderConstructor })
  .TextDecoder;

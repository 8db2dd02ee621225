/**
 * Types for a compiled content pack (the JSON that `support-finder build` writes), for hosts
 * that import it as data and hand it to `.guide`.
 */
import type { Guide } from './content/schema.js';

/** A type as it reads once written to JSON and imported back: every literal widened. */
type Widened<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends readonly (infer U)[]
        ? Widened<U>[]
        : T extends object
          ? string extends keyof T
            ? // A record: TypeScript types a key that some objects in an array lack as undefined.
              { [K in keyof T]: Widened<T[K]> | undefined }
            : { [K in keyof T]: Widened<T[K]> }
          : T;

/**
 * A compiled pack as TypeScript sees `import pack from './pack.json'`: the same shape as a
 * `Guide`, but with `format: number`, `kind: string` and so on, because JSON imports lose
 * literal types.
 */
export type CompiledPack = Widened<Guide>;

/**
 * Types a compiled pack for `.guide`, with no cast: `el.guide = definePack(pack)`. It returns its
 * argument unchanged; it checks the shape at compile time only. The widget checks a pack from
 * `src` itself; a pack given as data is assumed to be the output of `support-finder build`, whose
 * check it has already passed.
 */
export function definePack(pack: CompiledPack | Guide): Guide {
  return pack as Guide;
}

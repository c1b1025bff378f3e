/**
 * The compile-time check of an emulated class against Google's published types
 * (@types/google-apps-script): `class X implements Emulates<GoogleAppsScript.Spreadsheet.Range,
 * 'getValues' | …>` makes each listed method take every argument list each of Google's overloads
 * allows and return Google's type where that type is data (strings, numbers, booleans, Dates and
 * arrays of them). A method returning another Apps Script object, or an enum (an object at run
 * time, a number in the published types), returns `unknown` there (an array of them, `unknown[]`):
 * the emulated object behind it is checked by its own class, and its members are enforced at run
 * time (core/expose.ts). An object literal is checked the same way with `satisfies`.
 */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** One member of Google's return type as the emulated method must return it. */
type Returned<R> = R extends string | boolean | Date | null | undefined | void
  ? R
  : R extends number
    ? Same<R, number> extends true
      ? number
      : unknown
    : R extends readonly (infer E)[]
      ? Returned<E>[]
      : unknown;

/**
 * Every overload of a method, each with its return as above. Matching a method with fewer
 * overloads against this pattern repeats its first one, so up to eight overloads are all seen.
 */
type Overloads<F, Extra = never> = F extends {
  (...a: infer A1): infer R1;
  (...a: infer A2): infer R2;
  (...a: infer A3): infer R3;
  (...a: infer A4): infer R4;
  (...a: infer A5): infer R5;
  (...a: infer A6): infer R6;
  (...a: infer A7): infer R7;
  (...a: infer A8): infer R8;
}
  ? ((...a: A1) => Returned<R1> | Extra) & ((...a: A2) => Returned<R2> | Extra) & ((...a: A3) => Returned<R3> | Extra) & ((...a: A4) => Returned<R4> | Extra) & ((...a: A5) => Returned<R5> | Extra) & ((...a: A6) => Returned<R6> | Extra) & ((...a: A7) => Returned<R7> | Extra) & ((...a: A8) => Returned<R8> | Extra)
  : never;

/**
 * `OrNull` names the methods that may also return null where Google's types promise a value:
 * only where Google's reference documents the null (cite the page beside the method), or where
 * the reference is silent about an unset value and null is the strict reading (say so beside it).
 */
export type Emulates<T, K extends keyof T, OrNull extends K = never> = {
  [P in K]: Overloads<T[P], P extends OrNull ? null : never>;
};

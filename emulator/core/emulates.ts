/**
 * The compile-time check of an emulated class against Google's published types
 * (@types/google-apps-script): `class X implements Emulates<GoogleAppsScript.Spreadsheet.Range,
 * 'getValues' | …>` makes each listed method take every argument Google's signature allows and
 * return Google's type where that type is data (strings, numbers, booleans, Dates and arrays of
 * them). A method returning another Apps Script object returns `unknown` here: the emulated
 * object behind it is checked by its own class, and its members are enforced at run time
 * (core/expose.ts). Only the last overload of a method is seen (a limit of `infer`).
 */
type Data = string | number | boolean | Date | null | undefined | void;

type Returned<R> = [R] extends [Data] ? R : [R] extends [readonly (infer E)[]] ? ([E] extends [Data] ? R : [E] extends [readonly unknown[]] ? R : unknown) : unknown;

export type Emulates<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: A) => Returned<R> : never;
};

/**
 * The wire between the sidebars and the server, as types only: for every endpoint of
 * src/index.ts `endpoints`, what a page sends (the zod schema's input) and what comes back (the
 * tagged result of the handler's return type). The sidebars (sidebar/lib/server.ts) and the test
 * driver (tests/helpers/addon.ts) call through this map, so a wrong endpoint name or payload is a
 * compile error on both sides. Nothing here exists at run time: importing it (`import type`) pulls
 * no server code into a page's bundle.
 */
import type { Endpoints } from './index';
import type { Endpoint } from './shared/endpoint';
import type { Result } from './shared/result';

export type EndpointName = keyof Endpoints;

/** What a page sends to `name`: the input of the endpoint's zod schema. */
export type InputOf<K extends EndpointName> = Endpoints[K] extends Endpoint<infer I, unknown> ? I : never;

/** The value of a successful call to `name`. */
export type ResponseOf<K extends EndpointName> = ReturnType<Endpoints[K]> extends Result<infer T> ? T : never;

/** What a call to `name` returns: its tagged result. */
export type OutputOf<K extends EndpointName> = Result<ResponseOf<K>>;

/** `Omit` over each member of a union (a payload that is one of several shapes). */
export type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type WireMap = { [K in EndpointName]: { input: InputOf<K>; output: OutputOf<K> } };

/**
 * Apps Script fails a google.script.run call that carries a Date (guides/html/reference/run):
 * dates cross as 'yyyy-MM-dd' strings. A handler cannot return a Date (defineEndpoint's `Wire<O>`);
 * this makes a schema that accepts one (z.date()) a compile error here, naming the map.
 */
type HasDate<T> = T extends Date ? true : T extends readonly (infer U)[] ? HasDate<U> : T extends object ? { [K in keyof T]-?: HasDate<T[K]> }[keyof T] : false;
type NoDate<T extends false> = T;
export type WireCarriesNoDate = NoDate<HasDate<WireMap>>;

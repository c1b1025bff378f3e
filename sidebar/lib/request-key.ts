/** A random key naming one new record's save, so the server can tell a retry from a new record. */
export function newRequestKey(): string {
  const random = globalThis.crypto?.randomUUID?.();
  if (random) return random;
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

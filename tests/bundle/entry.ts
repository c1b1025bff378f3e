/**
 * Reads the one entry file (src/index.ts) for the names it assigns to `global`: the list the
 * bundle must expose as top-level functions.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as acorn from 'acorn';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');

export function entryGlobals(): string[] {
  const source = fs.readFileSync(path.join(ROOT, 'src', 'index.ts'), 'utf8');
  return [...source.matchAll(/^global\.(\w+)\s*=/gm)].map((m) => m[1]!);
}

/** Names of the function declarations at the top level of a script (not inside webpack's IIFE). */
export function topLevelFunctions(source: string): Map<string, acorn.FunctionDeclaration> {
  const program = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'script' });
  const out = new Map<string, acorn.FunctionDeclaration>();
  for (const node of program.body) if (node.type === 'FunctionDeclaration' && node.id) out.set(node.id.name, node);
  return out;
}

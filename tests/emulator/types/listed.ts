/**
 * Finds every `Emulates<T, K>` site in the emulator's source (a class's `implements` clause, or
 * `x satisfies Emulates<T, K>` on an object) and reports the public methods the class or object
 * has that Google's `T` declares but `K` leaves out: such a method would go unchecked.
 */
import * as path from 'node:path';
import * as ts from 'typescript';

export interface Unlisted {
  /** file:line of the site */
  site: string;
  /** Google's type as written, e.g. GoogleAppsScript.Lock.Lock */
  google: string;
  /** methods the emulator has that Google's type declares, missing from the list */
  missing: string[];
}

function inside(dirs: string[]): (file: string) => boolean {
  const prefixes = dirs.map((d) => path.resolve(d) + path.sep);
  return (file) => prefixes.some((p) => path.resolve(file).startsWith(p));
}

function program(root: string, wanted: (file: string) => boolean): ts.Program {
  const configPath = path.join(root, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error(`cannot read ${configPath}`);
  return ts.createProgram(config.fileNames.filter(wanted), config.options);
}

function isEmulates(node: ts.TypeNode): node is ts.TypeReferenceNode {
  return ts.isTypeReferenceNode(node) && node.typeName.getText() === 'Emulates' && (node.typeArguments?.length ?? 0) >= 2;
}

function literalNames(checker: ts.TypeChecker, node: ts.TypeNode): Set<string> {
  const type = checker.getTypeFromTypeNode(node);
  const parts = type.isUnion() ? type.types : [type];
  return new Set(parts.filter((t) => t.isStringLiteral()).map((t) => (t as ts.StringLiteralType).value));
}

/** Public, callable, not `_`-private members of a type whose declarations pass `own`. */
function methodNames(checker: ts.TypeChecker, type: ts.Type, at: ts.Node, own: (d: ts.Declaration) => boolean): string[] {
  const names: string[] = [];
  for (const symbol of checker.getPropertiesOfType(type)) {
    const name = symbol.getName();
    if (name.startsWith('_') || !/^[a-z]/.test(name)) continue;
    const decls = symbol.getDeclarations() ?? [];
    if (!decls.some(own)) continue;
    if (decls.some((d) => ts.getCombinedModifierFlags(d) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected))) continue;
    if (checker.getTypeOfSymbolAtLocation(symbol, at).getCallSignatures().length === 0) continue;
    names.push(name);
  }
  return names;
}

function googleNames(checker: ts.TypeChecker, node: ts.TypeNode): Set<string> {
  return new Set(checker.getPropertiesOfType(checker.getTypeFromTypeNode(node)).map((s) => s.getName()));
}

function site(root: string, node: ts.Node): string {
  const file = node.getSourceFile();
  const { line } = file.getLineAndCharacterOfPosition(node.getStart());
  return `${path.relative(root, file.fileName)}:${line + 1}`;
}

/** The sites and their unlisted methods in each of `dirs` (paths under `root`, read with root's tsconfig). */
export function unlistedMethods(root: string, dirs: string[]): Array<{ sites: number; unlisted: Unlisted[] }> {
  const prog = program(root, inside(dirs.map((d) => path.join(root, d))));
  return dirs.map((dir) => unlistedIn(root, prog, inside([path.join(root, dir)])));
}

function unlistedIn(root: string, prog: ts.Program, wanted: (file: string) => boolean): { sites: number; unlisted: Unlisted[] } {
  const checker = prog.getTypeChecker();
  const unlisted: Unlisted[] = [];
  let sites = 0;
  const report = (at: ts.Node, google: ts.TypeNode, listed: Set<string>, names: string[]) => {
    sites += 1;
    const declared = googleNames(checker, google);
    const missing = names.filter((n) => declared.has(n) && !listed.has(n)).sort();
    if (missing.length > 0) unlisted.push({ site: site(root, at), google: google.getText(), missing });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isClassDeclaration(node) && node.name) {
      const clauses = (node.heritageClauses ?? []).filter((h) => h.token === ts.SyntaxKind.ImplementsKeyword).flatMap((h) => h.types);
      const own = (d: ts.Declaration) => d.parent === node;
      const names = methodNames(checker, checker.getTypeAtLocation(node), node, own);
      for (const clause of clauses) {
        if (clause.expression.getText() !== 'Emulates' || (clause.typeArguments?.length ?? 0) < 2) continue;
        const [google, keys] = clause.typeArguments!;
        report(clause, google!, literalNames(checker, keys!), names);
      }
    }
    if (ts.isSatisfiesExpression(node)) {
      const parts: readonly ts.TypeNode[] = ts.isIntersectionTypeNode(node.type) ? node.type.types : [node.type];
      for (const part of parts.filter(isEmulates)) {
        const [google, keys] = part.typeArguments!;
        const names = methodNames(checker, checker.getTypeAtLocation(node.expression), node.expression, () => true);
        report(node, google!, literalNames(checker, keys!), names);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const file of prog.getSourceFiles()) if (wanted(file.fileName)) visit(file);
  return { sites, unlisted };
}

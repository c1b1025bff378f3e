/**
 * An open Document works on its own copy of the saved tree, written back by saveAndClose or when
 * the execution ends (reference/document/document#saveandclose: "Scripts are automatically
 * saved and closed at the end of script execution"; docs/platform.md: saveAndClose before getAs PDF).
 * So Drive (getAs, getBlob, makeCopy) sees the saved version until then, as in Apps Script.
 * Sessions and detached elements (copies, removed elements) are transient, not workspace state.
 */
import type { Emulator } from '../core/emulator';
import { ServiceError } from '../core/errors';
import { driveState } from '../drive/state';
import { cloneTree, docsState, seenTree, type DocNode, type DocTree, type ParentNode } from './model';

export const CLOSED = 'Document is closed, its contents cannot be updated.';

export interface Session {
  docId: string;
  tree: DocTree;
  closed: boolean;
  /** True when the session edits the saved tree itself (calls made outside any execution). */
  live: boolean;
}

type Sessions = Map<number, Map<string, Session>>;

function sessions(emulator: Emulator): Sessions {
  let map = emulator.transient.get('docs.sessions') as Sessions | undefined;
  if (!map) {
    const created: Sessions = new Map();
    map = created;
    emulator.transient.set('docs.sessions', created);
    emulator.onExecutionEnd((execution) => {
      for (const session of created.get(execution.id)?.values() ?? []) if (!session.closed) flush(emulator, session);
      created.delete(execution.id);
      // Detached copies cannot outlive the executions that made them.
      if (!emulator.execution) emulator.transient.delete('docs.detached');
    });
  }
  return map;
}

export function savedTree(emulator: Emulator, docId: string): DocTree | undefined {
  return docsState(emulator).documents[docId];
}

/** The open session of this document in the current execution, or a new one. */
export function openSession(emulator: Emulator, docId: string): Session {
  const saved = savedTree(emulator, docId);
  if (!saved) throw new Error(`No document tree for ${docId}`);
  seenTree(saved);
  const execution = emulator.execution;
  if (!execution) return { docId, tree: saved, closed: false, live: true };
  const all = sessions(emulator);
  let mine = all.get(execution.id);
  if (!mine) all.set(execution.id, (mine = new Map()));
  const open = mine.get(docId);
  if (open && !open.closed) return open;
  const session: Session = { docId, tree: cloneTree(saved), closed: false, live: false };
  mine.set(docId, session);
  return session;
}

export function flush(emulator: Emulator, session: Session): void {
  if (!session.live) docsState(emulator).documents[session.docId] = cloneTree(session.tree);
  const item = driveState(emulator).items[session.docId];
  if (item) item.updated = emulator.now();
}

// ---- locating elements ----------------------------------------------------------------------

export interface Located {
  node: DocNode;
  parent: ParentNode | null;
}

const indexes = new WeakMap<DocTree, Map<string, Located>>();

function buildIndex(tree: DocTree): Map<string, Located> {
  const index = new Map<string, Located>();
  const visit = (node: DocNode, parent: ParentNode | null): void => {
    index.set(node.id, { node, parent });
    if ('children' in node) for (const child of node.children) visit(child, node);
  };
  for (const section of [tree.body, tree.header, tree.footer]) if (section) visit(section, null);
  indexes.set(tree, index);
  return index;
}

/**
 * A node just put under `parent` joins the id index at once: without this every element inserted
 * (a table row per plan line) would miss the index and rebuild it, quadratic in the document.
 */
export function noteInserted(session: Session, parent: ParentNode, node: DocNode): void {
  const index = indexes.get(session.tree);
  if (!index) return;
  const visit = (n: DocNode, p: ParentNode): void => {
    index.set(n.id, { node: n, parent: p });
    if ('children' in n) for (const child of n.children) visit(child, n);
  };
  visit(node, parent);
}

function attached(tree: DocTree, index: Map<string, Located>, loc: Located): boolean {
  let current: Located | undefined = loc;
  for (let depth = 0; current && depth < 64; depth++) {
    if (!current.parent) return current.node === tree.body || current.node === tree.header || current.node === tree.footer;
    if (!(current.parent.children as DocNode[]).includes(current.node)) return false;
    current = index.get(current.parent.id);
  }
  return false;
}

function detachedRoots(emulator: Emulator): Map<string, DocNode> {
  let map = emulator.transient.get('docs.detached') as Map<string, DocNode> | undefined;
  if (!map) emulator.transient.set('docs.detached', (map = new Map()));
  return map;
}

function findIn(node: DocNode, id: string, parent: ParentNode | null): Located | undefined {
  if (node.id === id) return { node, parent };
  if ('children' in node) {
    for (const child of node.children) {
      const found = findIn(child, id, node);
      if (found) return found;
    }
  }
  return undefined;
}

/** Finds an element of an open document, or a detached one (a copy or a removed element). */
export function locate(emulator: Emulator, session: Session, id: string): Located & { attached: boolean } {
  if (session.closed) throw new ServiceError(CLOSED);
  let index = indexes.get(session.tree) ?? buildIndex(session.tree);
  let loc = index.get(id);
  if (loc && attached(session.tree, index, loc)) return { ...loc, attached: true };
  // A detached copy being filled is looked up many times before it is inserted: the store of
  // detached elements first, the whole-tree rebuild only when the id is in neither.
  for (const root of detachedRoots(emulator).values()) {
    const found = findIn(root, id, null);
    if (found) return { ...found, attached: false };
  }
  index = buildIndex(session.tree);
  loc = index.get(id);
  if (loc && attached(session.tree, index, loc)) return { ...loc, attached: true };
  throw new ServiceError('Element does not exist.');
}

/** Keeps a detached element (a copy, or one removed from its parent) reachable by id. */
export function keepDetached(emulator: Emulator, node: DocNode): void {
  detachedRoots(emulator).set(node.id, node);
}

/** Takes a detached root out of the store to insert it; an attached element is refused. */
export function takeDetached(emulator: Emulator, session: Session, id: string): DocNode {
  const loc = locate(emulator, session, id);
  // Observed Apps Script message when an attached element is inserted again.
  if (loc.attached || loc.parent) throw new ServiceError('Element must be detached.');
  detachedRoots(emulator).delete(id);
  return loc.node;
}

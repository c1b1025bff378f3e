/**
 * References are ids; the names beside them are for people. A written row gets its names from the
 * unit of work (unit.ts, on every write); when a record's own name changes, the unit rewrites the
 * names shown for it in every referring tab (`relabel`). A renamed teacher also renames the
 * programmes labelled with their name, and those labels are refreshed in turn.
 */
import { recordLabel } from './labels';
import type { Unit } from './unit';

/** After a teacher's rename: their name everywhere, and the labels of the programmes named after them. */
export function refreshTeacherNames(unit: Unit, renamed: { id: string; name: string }): void {
  unit.relabel('teachers', new Set([renamed.id]), (id) => (id === renamed.id ? renamed.name : undefined));
  if (!unit.has('programmes')) return;
  const programmes = unit.find('programmes', ['teacherId'], (p) => p.teacherId === renamed.id);
  const own = programmes.records.filter((r) => r.value.teacherId === renamed.id);
  unit.relabel('programmes', new Set(own.map((r) => r.value.id)), (id) => {
    const programme = programmes.byId.get(id)?.value;
    return programme ? recordLabel('programmes', { ...programme, teacherName: renamed.name }) : undefined;
  });
}

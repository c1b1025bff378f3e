/**
 * Faults at every call of a rename (see faults.ts): a teacher's new name, a programme's new label
 * (its start moved). The retry leaves the new name everywhere it is shown.
 */
import { describeFaults } from './faults';

describeFaults(['rename a teacher', 'move a programme start']);

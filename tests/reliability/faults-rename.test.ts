/** Faults at every call of a teacher's rename (see faults.ts): the retry leaves her new name everywhere. */
import { describeFaults } from './faults';

describeFaults(['rename a teacher']);

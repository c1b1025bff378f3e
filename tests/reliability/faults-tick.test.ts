/** Faults at every call of the monthly tick (see faults.ts). */
import { describeFaults } from './faults';

describeFaults(['the monthly tick']);

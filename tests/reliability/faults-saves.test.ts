/** Faults at every call of the deputy's saves and of form processing (see faults.ts). */
import { describeFaults } from './faults';

describeFaults(['save a programme', 'schedule a series', 'record a protocol', 'process form responses']);

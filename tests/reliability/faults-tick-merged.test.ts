/** Faults at every call of the monthly tick when a notice and a reminder share one e-mail (see faults.ts). */
import { describeFaults } from './faults';

describeFaults(['the monthly tick with a notice in the reminder']);

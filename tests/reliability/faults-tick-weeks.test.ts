/** Faults at every call of the monthly tick whose plan is made in weekly parts (see faults.ts). */
import { describeFaults } from './faults';

describeFaults(['the monthly tick with the plan by week']);

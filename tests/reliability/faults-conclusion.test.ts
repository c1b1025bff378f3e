/** Faults at every call of the completion page's save (see faults.ts): the conclusion and its analysis rows once each. */
import { describeFaults } from './faults';

describeFaults(['save a conclusion']);

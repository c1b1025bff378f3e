/** Faults at every call of a batch of documents (see faults.ts). */
import { describeFaults } from './faults';

describeFaults(['generate a batch of documents', 'continue a batch cut inside its window']);

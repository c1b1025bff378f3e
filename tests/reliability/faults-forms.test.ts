/**
 * Faults at every call of «Создать анкеты»: the retry finishes each questionnaire the cut run
 * began — one form each, linked to one responses tab, the links handed out pointing to it.
 */
import { describeFaults } from './faults';

describeFaults(['create the questionnaires']);

/** The JSON the preview server sends: one definition for server and page (../api.ts). */
export type * from '../api';

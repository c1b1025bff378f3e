/** Shapes of values shared by the sheet reader, the record schemas and the endpoints. */

/** A record id: the tab's letter and a number never reused ("T00012"). */
export const RECORD_ID = /^[A-Z]\d{5,}$/;

/** An email address as people write it; lenient, but no spaces, no missing part. */
export const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

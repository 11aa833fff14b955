/** The longest title and takeaway the library keeps (longer ones are cut). */
export const TITLE_MAX = 500;
export const NOTE_MAX = 2_000;

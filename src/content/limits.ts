/**
 * How much content the check and the widget take on. Every kind of work grows with its input,
 * so each has a ceiling far above any real pack and far below what would stall a browser tab:
 * past it the editor gets a clear error (`check`), and the widget takes its failure route
 * (`sf-error`, the host's fallback). Kept in a module with no imports, for the widget as well.
 *
 * The default pack, for scale: 32 files, 60 kB, 6 questions, at most 18 "*" or "_" in a file
 * and nesting two levels deep.
 */

/** Files in one pack: each contact is a file, so this leaves room for 5,000 contacts. */
export const MAX_FILES = 6_000;

/**
 * Markdown files the run-time loader fetches for one pack (`src` naming a pack.yaml): each is a
 * request. A bigger pack is served compiled, as one file; `check` says so.
 */
export const MAX_FETCHED_FILES = 500;

/** Characters in one pack, all files together (a compiled pack may be twice this). */
export const MAX_PACK_LENGTH = 4_000_000;

/**
 * Emphasis marks ("*", "_", "~") in one piece of Markdown. marked's work grows with the square
 * of their number: 98,000 of them take 42 s; 1,000 take a few milliseconds.
 */
export const MAX_EMPHASIS = 1_000;
/** The same, for all the Markdown one renderer reads (one pack). */
export const MAX_PACK_EMPHASIS = 50_000;

/** Levels of nesting in rich text (quotes, lists, emphasis inside each other). */
export const MAX_DEPTH = 16;

/** Questions in a guide. Each walk looks at every question. */
export const MAX_QUESTIONS = 500;

/** Options of one question. */
export const MAX_OPTIONS = 50;

/** Outcomes and contacts in a pack. */
export const MAX_OUTCOMES = 200;
export const MAX_CONTACTS = 5_000;

/**
 * Answers read back from storage or a shared link. A path is never longer than the guide, so
 * anything past this was not written by the widget.
 */
export const MAX_ANSWERS = 200;

/** Files the run-time loader asks for at once. */
export const MAX_PARALLEL_FETCHES = 6;

/** File names the run-time loader accepts in a pack index (and no ".." anywhere). */
export const PACK_FILE_NAME = /^[a-z0-9][a-z0-9/_-]*\.md$/i;

/**
 * The shape of every id (questions, options, outcomes, contacts, areas, audiences). Kept in a
 * module with no imports, so the widget can check stored and linked ids without the validator.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

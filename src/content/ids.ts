/**
 * The shape of every id (questions, options, outcomes, contacts, areas, audiences). Kept in a
 * module with no imports, so the widget can check stored and linked ids without the validator.
 *
 * Ids become keys of plain objects (answers, weights, conditions). A key that is already a
 * property of every object ("constructor", and "prototype" for good measure) is dropped by the
 * validator or read back as a function, so those names can never be ids.
 */
export const RESERVED_IDS: readonly string[] = ['constructor', 'prototype'];

export const isReservedId = (id: string): boolean =>
  RESERVED_IDS.includes(id) || Object.prototype.hasOwnProperty.call(Object.prototype, id);

/** Lower-case letters, digits and single hyphens, and none of the reserved names. */
export const ID_PATTERN = /^(?!(?:constructor|prototype)$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

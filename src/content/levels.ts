/**
 * The levels a contact sits at, in the order the widget and the report show them. Kept apart
 * from schema.ts, which pulls in the validator, so the widget can use the order without it.
 */
export const LEVELS = ['local', 'regional', 'national'] as const;

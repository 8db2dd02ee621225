/** Wording helpers live with the view models; elements import them from here too. */
export { format, formatDate } from '../guide/format.js';

import { DateSource } from '../data/enumValues.js';
import { storedValue } from './storedValue.js';

/** How a stored date was found, as the schema's DateSource; a date stored before dates had sources has none. */
export function dateSourceOf(value: string | null, what: string): DateSource | null {
  return value === null ? null : storedValue(DateSource, value, what);
}

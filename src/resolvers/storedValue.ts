/**
 * A value read from the graph as one of an enum's internal values (see enumValues.ts). The graph
 * stores plain strings; one the schema cannot name is a fault in the data, so it is reported as
 * such instead of being passed on to fail in serialization.
 */
export function storedValue<T extends Readonly<Record<string, string>>>(table: T, value: unknown, what: string): T[keyof T] {
  const known: string[] = Object.values(table);
  if (typeof value !== 'string' || !known.includes(value))
    throw new Error(`Expected ${what} to be one of ${known.join(', ')}; the graph holds ${JSON.stringify(value)}`);
  return value as T[keyof T];
}

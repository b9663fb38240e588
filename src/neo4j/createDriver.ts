import neo4j, { type Driver } from 'neo4j-driver';

interface DriverOptions {
  uri: string;
  username: string;
  password: string;
}

/**
 * The one driver of the process: it pools connections and, with a neo4j:// URI, routes reads
 * and writes across a cluster. Integers come back as JS numbers (no id here exceeds 2^53), so
 * no caller handles neo4j Integer objects.
 */
export function createDriver({ uri, username, password }: DriverOptions): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    userAgent: 'kg-graphql/0.1',
  });
}

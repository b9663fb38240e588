/** A command called the wrong way: exit code 2 and the usage line, as shells expect. */
export class UsageError extends Error {
  constructor(usage: string) {
    super(`usage: ${usage}`);
    this.name = 'UsageError';
  }
}

/** Bad input: the CLI prints `blastgate: FILE: MESSAGE` on one line and exits 2. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'InputError';
  }
}

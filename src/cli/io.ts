/**
 * Where the command line writes. main() takes this instead of touching process.stdout, so tests can run
 * the whole command in-process and look at what it printed. Same shape as fix.ts's FixIo.
 */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

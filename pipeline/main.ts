// "Am I the script node was asked to run?" by file path, not by URL string: a
// URL escapes a space as %20 (and other characters too), so comparing
// `import.meta.url` with `file://${argv[1]}` fails from a folder like
// "/home/me/my data", and the command silently does nothing.
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function isMain(moduleUrl: string, argv1: string | undefined = process.argv[1]): boolean {
  if (!argv1) return false;
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  return real(fileURLToPath(moduleUrl)) === real(resolve(argv1));
}

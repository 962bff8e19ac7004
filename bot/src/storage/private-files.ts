import { chmod, mkdir, writeFile } from 'node:fs/promises';

/**
 * The embedded store's folder holds every check-in's text (the snapshot) and the secret behind
 * check-in author pseudonyms. On a shared machine the default modes (0755 folders, 0644 files)
 * would let every local user read them, so they are private to the server's own user.
 *
 * The modes are set explicitly with chmod, not only at creation: `mkdir`/`writeFile` modes apply
 * only to new entries and are narrowed by the umask, and folders or files left by an earlier
 * version keep whatever they had. (On Windows chmod only toggles read-only; the folder's ACL
 * applies there.)
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates the folder (and missing parents) if needed, and makes the folder itself 0700. */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  await chmod(dir, PRIVATE_DIR_MODE);
}

/**
 * Writes a file readable by the server's user only. The file is created 0600, so its content is
 * never readable by others even for a moment, and chmod fixes a file that existed with wider modes.
 */
export async function writePrivateFile(file: string, data: string): Promise<void> {
  await writeFile(file, data, { encoding: 'utf8', mode: PRIVATE_FILE_MODE });
  await chmod(file, PRIVATE_FILE_MODE);
}

/** Narrows an existing folder or file to `mode` (as an earlier version may have left it 0755/0644). */
export async function tightenIfPresent(target: string, mode: number): Promise<void> {
  try {
    await chmod(target, mode);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

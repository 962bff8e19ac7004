import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SNAPSHOT_FILE } from '../../../bot/src/storage/embedded-cosmos';
import {
  PRIVATE_DIR_MODE,
  PRIVATE_FILE_MODE,
  ensurePrivateDir,
  tightenIfPresent,
  writePrivateFile,
} from '../../../bot/src/storage/private-files';
import { startTestServer } from '../../support/start-test-server';
import { boardFor, ctxFor, seedBoard, startStorage } from './storage-test-kit';

/**
 * The embedded store's folder holds every check-in's text and the secret behind check-in author
 * pseudonyms: nobody but the server's own user may read it (folder 0700, files 0600), whatever the
 * umask and whatever modes an earlier version left behind.
 */
const modeOf = async (file: string) => (await stat(file)).mode & 0o777;

describe('private files of the embedded store', () => {
  let parent: string;
  beforeEach(async () => {
    parent = await mkdtemp(path.join(os.tmpdir(), 'ambassadors-private-'));
  });
  afterEach(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it('the modes are 0700 for the folder and 0600 for files', () => {
    expect(PRIVATE_DIR_MODE).toBe(0o700);
    expect(PRIVATE_FILE_MODE).toBe(0o600);
  });

  it('ensurePrivateDir creates the folder 0700 and tightens one that exists with 0755', async () => {
    const fresh = path.join(parent, 'a', 'data');
    await ensurePrivateDir(fresh);
    expect(await modeOf(fresh)).toBe(0o700);
    const old = path.join(parent, 'old');
    await mkdir(old, { mode: 0o755 });
    await ensurePrivateDir(old);
    expect(await modeOf(old)).toBe(0o700);
  });

  it('writePrivateFile writes 0600, also over a file that was 0644', async () => {
    const file = path.join(parent, 'secret');
    await writePrivateFile(file, 'one');
    expect(await modeOf(file)).toBe(0o600);
    await writeFile(file, 'old', { mode: 0o644 });
    await writePrivateFile(file, 'two');
    expect(await modeOf(file)).toBe(0o600);
    expect(await readFile(file, 'utf8')).toBe('two');
  });

  it('tightenIfPresent fixes what exists and ignores what does not', async () => {
    const file = path.join(parent, 'snapshot.json');
    await writeFile(file, '{}', { mode: 0o644 });
    await tightenIfPresent(file, PRIVATE_FILE_MODE);
    expect(await modeOf(file)).toBe(0o600);
    await expect(tightenIfPresent(path.join(parent, 'missing'), PRIVATE_FILE_MODE)).resolves.toBeUndefined();
  });

  it('the snapshot the store writes is 0600 in a 0700 folder, and an old 0644/0755 one is tightened at start', async () => {
    const first = await startStorage();
    const { dataDir } = first;
    await seedBoard(first.store, ctxFor('tenant-a'), boardFor('tenant-a', 'private-1'));
    await first.close({ keepDataDir: true });
    const snapshot = path.join(dataDir, SNAPSHOT_FILE);
    expect(await modeOf(dataDir)).toBe(0o700);
    expect(await modeOf(snapshot)).toBe(0o600);
    // As an earlier version left them:
    await chmod(snapshot, 0o644);
    await chmod(dataDir, 0o755);
    const second = await startStorage(dataDir);
    try {
      expect(await modeOf(dataDir)).toBe(0o700);
      expect(await modeOf(snapshot)).toBe(0o600);
    } finally {
      await second.close();
    }
  });

  it('the check-in author secret the server keeps beside the snapshot is 0600', async () => {
    const dataDir = path.join(parent, 'data');
    const server = await startTestServer({ dataDir });
    try {
      const files = await readdir(dataDir);
      expect(files).toContain('check-in-author.secret');
      expect(await modeOf(path.join(dataDir, 'check-in-author.secret'))).toBe(0o600);
      expect(await modeOf(dataDir)).toBe(0o700);
    } finally {
      await server.close();
    }
  });
});

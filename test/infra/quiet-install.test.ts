import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

describe('a newcomer’s npm ci', () => {
  it('prints errors only, so Node 20’s expected engine warnings do not read as failure', () => {
    const settings = readFileSync(path.join(ROOT, '.npmrc'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.trim().startsWith('#'));
    expect(settings).toContain('loglevel=error');
    // the README says why, and how to see the warnings anyway
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('loglevel=error');
    expect(readme).toContain('npm ci --loglevel=warn');
  });
});

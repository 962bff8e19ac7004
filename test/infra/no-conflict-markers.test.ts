import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/**
 * A merge left half-resolved leaves markers that tools do not always refuse: Prettier reflows a
 * Markdown table around them, and the page still renders. Every tracked text file must be free
 * of them, including the escaped form Prettier turns `>>>>>>>` into.
 */
describe('the repository holds no merge-conflict markers', () => {
  it('no tracked file has a line starting with <<<<<<<, >>>>>>>, a lone ======= or "> > > > > > >"', () => {
    let hits = '';
    try {
      hits = execFileSync(
        'git',
        [
          'grep',
          '-n',
          '-I',
          '-E',
          '^(<{7}( |$)|>{7}( |$)|={7}$|> > > > > > > )',
          '--',
          '.',
          ':!package-lock.json',
        ],
        { cwd: root, encoding: 'utf8' },
      );
    } catch (error) {
      // git grep exits 1 when nothing matches.
      if ((error as { status?: number }).status !== 1) throw error;
    }
    expect(hits).toBe('');
  });
});

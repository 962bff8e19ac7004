import fs from 'node:fs';
import path from 'node:path';
import { COMMANDS, parseCommand } from '../../bot/src/conversation/commands';
import { APP_PACKAGE_DIR } from './package-fixture';

interface CommandList {
  scopes: string[];
  commands: Array<{ title: string; description: string }>;
}
const manifest = JSON.parse(fs.readFileSync(path.join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8')) as {
  bots: Array<{ commandLists: CommandList[] }>;
};
const da = JSON.parse(fs.readFileSync(path.join(APP_PACKAGE_DIR, 'da.json'), 'utf8')) as Record<
  string,
  string
>;

/**
 * The command menu Teams shows must only offer words the bot understands: a Danish user who
 * picks "hjælp" from the menu sends exactly that text.
 */
describe('the manifest command lists match the bot', () => {
  const lists = manifest.bots[0]!.commandLists;

  it('the personal list offers every bot command, in the bot order', () => {
    const personal = lists.find((l) => l.scopes.includes('personal'))!;
    expect(personal.commands.map((c) => c.title)).toEqual([...COMMANDS]);
  });

  it.each(lists.flatMap((l, li) => l.commands.map((c, ci) => [li, ci, c.title] as const)))(
    'list %i command %i: English "%s" and its Danish title both reach the same command',
    (li, ci, title) => {
      const danish = da[`bots[0].commandLists[${li}].commands[${ci}].title`];
      expect(parseCommand(title)).toBe(title);
      expect(danish).toBeDefined();
      expect(parseCommand(danish)).toBe(title);
    },
  );
});

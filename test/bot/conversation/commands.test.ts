import { parseCommand } from '../../../bot/src/conversation/commands';

describe('bot commands', () => {
  it.each([
    ['help', 'help'],
    ['Hjælp!', 'help'],
    ['<at>Ambassadors</at> status', 'status'],
    ['feedback', 'feedback'],
    ['check-in', 'feedback'],
    ['apply', 'apply'],
    ['søg', 'apply'],
    ['pause', 'pause'],
    ['Genoptag.', 'resume'],
    ['resume', 'resume'],
  ])('%s → %s', (text, command) => {
    expect(parseCommand(text)).toBe(command);
  });

  it('anything else is not a command (answered with help, not silence)', () => {
    expect(parseCommand('what is the weather?')).toBeNull();
    expect(parseCommand('')).toBeNull();
    expect(parseCommand(undefined)).toBeNull();
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty please'])(
    'a name every object inherits (%s) is not a command either',
    (text) => {
      expect(parseCommand(text)).toBeNull();
    },
  );
});

import { execFile } from 'node:child_process';
import path from 'node:path';
import { atLocalTime, DomainError } from '@ambassadors/shared';

const root = path.resolve(__dirname, '../..');
const eslintBin = path.join(root, 'node_modules/eslint/bin/eslint.js');

/**
 * A validation failure outside zod must name its reason in both languages. The lint rule is the
 * guard; these cases prove it bites (and leaves the bilingual form alone).
 */
describe('validation details are written for people in both languages', () => {
  // The repo's own ESLint, as `npm run lint` runs it (its flat config is ESM, which jest's
  // module sandbox cannot load), on code given through stdin as if it lived at `file`.
  const lint = (code: string, file: string) =>
    new Promise<string[]>((resolve, reject) => {
      const child = execFile(
        process.execPath,
        [eslintBin, '--format', 'json', '--stdin', '--stdin-filename', file],
        { cwd: root },
        // ESLint exits 1 when it found problems; its JSON report is on stdout either way.
        (_error, stdout) => {
          try {
            const [result] = JSON.parse(stdout) as Array<{
              messages: Array<{ ruleId: string; message: string }>;
            }>;
            resolve(
              result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message),
            );
          } catch (error) {
            reject(error);
          }
        },
      );
      child.stdin!.end(code);
    });
  const header = "import { DomainError, invalidInput } from '@ambassadors/shared';\n";

  it('lint refuses a plain or template string as details, in the server and in the domain', async () => {
    for (const file of ['bot/src/http/example.ts', 'shared/src/rules/example.ts']) {
      expect(
        await lint(
          `${header}export const a = new DomainError('VALIDATION_FAILED', { details: 'bad' });\n`,
          file,
        ),
      ).toEqual(['Name the reason in both languages: invalidInput({ da, en }).']);
      expect(
        await lint(
          `${header}export const b = (x: string) => new DomainError('VALIDATION_FAILED', { details: \`bad \${x}\` });\n`,
          file,
        ),
      ).toHaveLength(1);
    }
  });

  it('lint accepts the bilingual form', async () => {
    expect(
      await lint(
        `${header}export const c = invalidInput({ da: 'forkert', en: 'wrong' });\nexport const d = new DomainError('VALIDATION_FAILED', { details: { da: 'forkert', en: 'wrong' } });\n`,
        'bot/src/http/example.ts',
      ),
    ).toEqual([]);
  });

  it('a bad date in the domain reads as Danish in Danish and English in English', () => {
    let error: unknown;
    try {
      atLocalTime('2026-13-45', '09:00', 'Europe/Copenhagen');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).messageIn('da')).toBe(
      'Oplysningerne er ikke gyldige: 2026-13-45 er ikke en gyldig dato',
    );
    expect((error as DomainError).messageIn('en')).toBe(
      'The data is not valid: 2026-13-45 is not a valid date',
    );
  });
});

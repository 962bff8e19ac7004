/**
 * The package boundaries hold because the tools refuse to cross them, not by habit: each negative
 * fixture in test/fixtures/forbidden-imports is linted as if it stood in the folder it names and
 * must fail `no-restricted-imports` on exactly its forbidden imports; the ones that really resolve
 * are compiled with their package's tsconfig and must fail there too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/forbidden-imports');

interface LintCase {
  fixture: string;
  /** Where the fixture is linted, as if it were that file. */
  as: string;
  forbidden: string[];
}

const LINT_CASES: LintCase[] = [
  {
    fixture: 'shared-imports-node.ts',
    as: 'shared/src/links/forbidden.ts',
    forbidden: ['node:crypto', 'timers/promises'],
  },
  {
    fixture: 'shared-imports-server.ts',
    as: 'shared/src/links/forbidden.ts',
    forbidden: ['../../../bot/src/runtime/logger', 'botbuilder'],
  },
  {
    fixture: 'tab-imports-server.ts',
    as: 'tab/src/api/forbidden.ts',
    forbidden: ['node:fs', '../../../bot/src/runtime/logger'],
  },
  {
    fixture: 'bot-imports-tab.ts',
    as: 'bot/src/http/forbidden.ts',
    forbidden: ['../../../tab/src/api/api-error'],
  },
  { fixture: 'runtime-imports-part.ts', as: 'bot/src/runtime/forbidden.ts', forbidden: ['../http/caller'] },
  {
    fixture: 'vendor-outside-its-part.ts',
    as: 'bot/src/delivery/forbidden.ts',
    forbidden: ['botbuilder', '@azure/cosmos', '../composition/start-app'],
  },
];

/** The import names that `no-restricted-imports` flagged, in source order. */
function flaggedImports(messages: readonly { ruleId: string | null; message: string }[]): string[] {
  return messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => /^'([^']+)'/.exec(message.message)?.[1] ?? message.message);
}

/**
 * ESLint's Node API, run in a child process: it loads eslint.config.mjs with a dynamic import,
 * which jest's CommonJS module registry cannot do. One process lints every text at once.
 */
function lintTexts(
  texts: { code: string; filePath: string }[],
): { ruleId: string | null; message: string }[][] {
  const script = `
    import { ESLint } from 'eslint';
    const texts = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const { code, filePath } of texts) out.push((await eslint.lintText(code, { filePath }))[0].messages);
    process.stdout.write(JSON.stringify(out));`;
  const stdout = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', script, JSON.stringify(texts)],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return JSON.parse(stdout) as { ruleId: string | null; message: string }[][];
}

describe('the lint rule refuses an import across a package or part boundary', () => {
  const ALLOWED = {
    code: "import type { TurnContext } from 'botbuilder';\nexport type { TurnContext };\n",
    filePath: path.join(ROOT, 'bot/src/conversation/allowed.ts'),
  };
  let results: { ruleId: string | null; message: string }[][] = [];
  beforeAll(() => {
    const texts = LINT_CASES.map(({ fixture, as }) => ({
      code: fs.readFileSync(path.join(FIXTURES, fixture), 'utf8'),
      filePath: path.join(ROOT, as),
    }));
    results = lintTexts([...texts, ALLOWED]);
  });

  it.each(LINT_CASES.map((lintCase, index) => ({ ...lintCase, index })))(
    '$fixture, linted as $as, fails on $forbidden',
    ({ forbidden, index }) => {
      expect(flaggedImports(results[index] ?? [])).toEqual(forbidden);
    },
  );

  it('lets the same import through where it belongs (botbuilder in conversation/)', () => {
    const messages = results[LINT_CASES.length];
    expect(messages).toBeDefined();
    expect(flaggedImports(messages ?? [])).toEqual([]);
  });
});

/** Compiles one fixture with a package's tsconfig (as if it were one of its files); the errors. */
function compileAs(tsconfig: string, fixture: string): string[] {
  const configPath = path.join(ROOT, tsconfig);
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(
    config,
    ts.sys,
    path.dirname(configPath),
    undefined,
    configPath,
  );
  // The fixture lives outside the package's folder; only where it is, not what it imports, is waived.
  const options = { ...parsed.options, rootDir: ROOT, noEmit: true };
  const program = ts.createProgram({ rootNames: [path.join(FIXTURES, fixture)], options });
  return [...program.getOptionsDiagnostics(), ...program.getSemanticDiagnostics()]
    .filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

describe('the compiler refuses what a package has no reference or types for', () => {
  it('shared/ has no Node types: node:crypto does not resolve and setTimeout is unknown', () => {
    expect(compileAs('shared/tsconfig.json', 'shared-imports-node.ts')).toEqual(
      expect.arrayContaining([
        expect.stringContaining("Cannot find module 'node:crypto'"),
        expect.stringContaining("Cannot find name 'setTimeout'"),
      ]),
    );
  });

  it('shared/ has no reference to the server: a server file is not part of the project', () => {
    expect(compileAs('shared/tsconfig.json', 'shared-imports-server.ts')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/bot\/src\/runtime\/logger\.ts' is not listed within the file list/),
      ]),
    );
  });

  it('tab/ has no reference to the server: a server file is not part of the project', () => {
    expect(compileAs('tab/tsconfig.json', 'tab-imports-server.ts')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/bot\/src\/runtime\/logger\.ts' is not listed within the file list/),
      ]),
    );
  });

  it('bot/ has no reference to the tab: a tab file is not part of the project', () => {
    expect(compileAs('bot/tsconfig.json', 'bot-imports-tab.ts')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/tab\/src\/api\/api-error\.ts' is not listed within the file list/),
      ]),
    );
  });
});

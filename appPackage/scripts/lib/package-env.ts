import fs from 'node:fs';
import path from 'node:path';
import { parseEnvFile } from './env-file';

/** Where a resolved value came from, so the build can say which values are only examples. */
export type EnvSource = 'process' | 'user-file' | 'env-file' | 'example';

export interface ResolvedValue {
  value: string;
  source: EnvSource;
}

export interface PackageEnv {
  envName: string;
  /** The env file that was read, relative to the repo root (for messages). */
  envFileLabel: string;
  lookup(name: string): ResolvedValue | undefined;
  /** Whether a `# example:` value exists (to explain a strict-mode failure). */
  hasExample(name: string): boolean;
}

export interface LoadPackageEnvOptions {
  envName: string;
  envDir: string;
  /** Overrides the files (the Toolkit and CI pass values this way); defaults to process.env. */
  processEnv?: Record<string, string | undefined>;
  /** Whether `# example:` values may fill empty keys (false for `--strict`). */
  allowExamples: boolean;
}

/** Thrown when the environment itself cannot be read (unknown env name, unreadable file). */
export class PackageEnvError extends Error {}

/**
 * Layers the values the way the Toolkit does, most specific first: process environment,
 * `.env.<env>.user` (git-ignored secrets), `.env.<env>`, then (unless strict) the examples.
 * Empty strings count as "not set" so that an empty `KEY=` falls through to the next layer.
 */
export function loadPackageEnv(options: LoadPackageEnvOptions): PackageEnv {
  const { envName, envDir, allowExamples } = options;
  if (!/^[A-Za-z0-9_-]+$/.test(envName)) {
    throw new PackageEnvError(`invalid environment name "${envName}" (letters, digits, - and _ only)`);
  }
  const envFile = path.join(envDir, `.env.${envName}`);
  if (!fs.existsSync(envFile)) {
    const known = fs.existsSync(envDir)
      ? fs
          .readdirSync(envDir)
          .filter((f) => /^\.env\.[A-Za-z0-9_-]+$/.test(f))
          .map((f) => f.slice('.env.'.length))
      : [];
    throw new PackageEnvError(
      `environment "${envName}" has no file ${envFile} (known environments: ${known.join(', ') || 'none'})`,
    );
  }
  const main = parseEnvFile(fs.readFileSync(envFile, 'utf8'));
  const userFile = `${envFile}.user`;
  const user = fs.existsSync(userFile) ? parseEnvFile(fs.readFileSync(userFile, 'utf8')) : undefined;
  const processEnv = options.processEnv ?? process.env;

  return {
    envName,
    envFileLabel: path.join(path.basename(envDir), `.env.${envName}`),
    lookup(name) {
      const fromProcess = processEnv[name];
      if (fromProcess) return { value: fromProcess, source: 'process' };
      const fromUser = user?.values.get(name);
      if (fromUser) return { value: fromUser, source: 'user-file' };
      const fromFile = main.values.get(name);
      if (fromFile) return { value: fromFile, source: 'env-file' };
      const example = main.examples.get(name);
      if (allowExamples && example) return { value: example, source: 'example' };
      return undefined;
    },
    hasExample: (name) => Boolean(main.examples.get(name)),
  };
}

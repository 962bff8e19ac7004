/**
 * One reason the app package cannot be built: the exact field (in the same dotted notation as
 * Teams localisation keys, e.g. `bots[0].botId`, prefixed with the file when it is not
 * manifest.json) and a reason an admin can act on.
 */
export interface PackageIssue {
  field: string;
  reason: string;
}

/** Thrown by `buildPackage` with every issue found, so one run shows all problems at once. */
export class PackageValidationError extends Error {
  constructor(readonly issues: readonly PackageIssue[]) {
    super(
      `app package is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((i) => `  - ${i.field}: ${i.reason}`).join('\n'),
    );
    this.name = 'PackageValidationError';
  }
}

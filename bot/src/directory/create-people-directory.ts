import type { Clock } from '@ambassadors/shared';
import type { PeopleDirectory } from '@ambassadors/shared/ports/people-directory';
import type { DirectoryConfig } from './directory-config';
import { createDemoPeopleDirectory } from './demo-people-directory';
import { createGraphPeopleDirectory } from './graph-people-directory';
import { managedIdentityAssertion } from './managed-identity-assertion';
import { createOboTokenSource } from './obo-token-exchange';

/** The delegated permission people search asks for, and nothing more. */
export const PEOPLE_SEARCH_PERMISSION = 'User.ReadBasic.All';

/**
 * The permission is named on Graph's resource: a national cloud's Graph (https) names its own
 * host; a plain-http stand-in in tests stands for the public one.
 */
export function graphScope(graphBaseUrl: string): string {
  const resource = graphBaseUrl.startsWith('https://') ? graphBaseUrl : 'https://graph.microsoft.com';
  return `${resource}/${PEOPLE_SEARCH_PERMISSION}`;
}

/**
 * The directory the configuration asks for, or undefined (the route then says search is not set
 * up). `clientAssertion` replaces the managed identity's token (tests sign their own).
 */
export function createPeopleDirectory(
  config: DirectoryConfig,
  options: { clock: Clock; clientAssertion?: () => Promise<string> },
): PeopleDirectory | undefined {
  if (config.kind === 'demo') return createDemoPeopleDirectory();
  if (config.kind === 'off') return undefined;
  const clientAssertion =
    options.clientAssertion ??
    (config.identityClientId ? managedIdentityAssertion(config.identityClientId) : undefined);
  if (!clientAssertion) return undefined;
  const tokens = createOboTokenSource({
    loginBaseUrl: config.loginBaseUrl,
    clientId: config.clientId,
    scope: graphScope(config.graphBaseUrl),
    clientAssertion,
    clock: options.clock,
  });
  return createGraphPeopleDirectory({ graphBaseUrl: config.graphBaseUrl, tokens, clock: options.clock });
}

/**
 * The app's proof of identity for the on-behalf-of exchange, without a secret: a token of the
 * app's user-assigned managed identity for `api://AzureADTokenExchange`, which the app
 * registration trusts as a federated identity credential (docs/admin-guide.md). Nothing to
 * rotate; @azure/identity caches and renews the token.
 */
export const TOKEN_EXCHANGE_SCOPE = 'api://AzureADTokenExchange/.default';

export function managedIdentityAssertion(identityClientId: string): () => Promise<string> {
  let credential: Promise<{ getToken(scope: string): Promise<{ token: string } | null> }> | null = null;
  return async () => {
    credential ??= import('@azure/identity').then(
      ({ ManagedIdentityCredential }) => new ManagedIdentityCredential({ clientId: identityClientId }),
    );
    const token = await (await credential).getToken(TOKEN_EXCHANGE_SCOPE);
    if (!token) throw new Error('the managed identity returned no token');
    return token.token;
  };
}

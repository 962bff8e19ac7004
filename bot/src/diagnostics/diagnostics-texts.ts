import type { LocalizedText } from '@ambassadors/shared';

/**
 * What the diagnostics page says, in both languages: for each finding what is wrong and the fix.
 * Installation and permissions caused most support load of comparable apps, so every text ends
 * in something an admin can do.
 */
export const DIAGNOSTICS_TEXTS = {
  storeOk: { da: 'Databasen svarer.', en: 'The database answers.' },
  storeDown: {
    da: 'Databasen svarer ikke.',
    en: 'The database does not answer.',
  },
  storeFix: {
    da: "Tjek COSMOS_ENDPOINT, og at appens administrerede identitet har rollen 'Cosmos DB Built-in Data Contributor' på kontoen (Bicep'en tildeler den).",
    en: "Check COSMOS_ENDPOINT and that the app's managed identity has the 'Cosmos DB Built-in Data Contributor' role on the account (the Bicep assigns it).",
  },
  ssoLocal: {
    da: 'Lokal tilstand: ingen Teams-login. Kun til at prøve appen på denne maskine.',
    en: 'Local mode: no Teams sign-in. Only for trying the app on this machine.',
  },
  ssoLocalFix: {
    da: 'Sæt AAD_APP_CLIENT_ID (Entra-appen til single sign-on) – se administratorvejledningen, trin 1.',
    en: 'Set AAD_APP_CLIENT_ID (the Entra app for single sign-on) – see the admin guide, step 1.',
  },
  ssoOk: {
    da: 'Single sign-on er sat op, og din adgangsbillet blev godkendt.',
    en: 'Single sign-on is set up and your token was accepted.',
  },
  ssoNoPublicUrl: {
    da: 'PUBLIC_URL er ikke sat, så manifestets webApplicationInfo.resource kan ikke kontrolleres.',
    en: "PUBLIC_URL is not set, so the manifest's webApplicationInfo.resource cannot be checked.",
  },
  ssoNoPublicUrlFix: {
    da: 'Sæt PUBLIC_URL til appens adresse (https://…); manifestets resource skal være api://<domæne>/<AAD_APP_CLIENT_ID>.',
    en: "Set PUBLIC_URL to the app's address (https://…); the manifest's resource must be api://<domain>/<AAD_APP_CLIENT_ID>.",
  },
  botNotConfigured: {
    da: 'Botten er ikke sat op: påmindelser kan ikke sendes.',
    en: 'The bot is not set up: reminders cannot be sent.',
  },
  botNotConfiguredFix: {
    da: 'Sæt MicrosoftAppId (den administrerede identitets klient-id) og MicrosoftAppType=UserAssignedMSI, som Bicep’en gør.',
    en: "Set MicrosoftAppId (the managed identity's client id) and MicrosoftAppType=UserAssignedMSI, as the Bicep does.",
  },
  botTokenOk: {
    da: 'Botten er sat op og kan hente sin adgangsbillet til Bot Framework.',
    en: 'The bot is set up and can obtain its Bot Framework token.',
  },
  botTokenFailed: {
    da: 'Botten er sat op, men kan ikke hente sin adgangsbillet: {reason}',
    en: 'The bot is set up but cannot obtain its token: {reason}',
  },
  botTokenFix: {
    da: 'Tjek at MicrosoftAppId er klient-id’et for den brugertildelte identitet, at identiteten er tilknyttet App Service, og at Azure Bot-ressourcen bruger samme identitet.',
    en: 'Check that MicrosoftAppId is the client id of the user-assigned identity, that the identity is attached to the App Service, and that the Azure Bot resource uses the same identity.',
  },
  botTokenUnchecked: {
    da: 'Botten er sat op (MicrosoftAppType={appType}); adgangsbilletten kan kun prøves med en administreret identitet.',
    en: 'The bot is set up (MicrosoftAppType={appType}); the token can only be probed with a managed identity.',
  },
  reachOk: {
    da: 'Botten kan nå alle modtagere af påmindelser.',
    en: 'The bot can reach every reminder recipient.',
  },
  reachProblems: {
    da: '{count} personer kan ikke nås af botten.',
    en: '{count} people cannot be reached by the bot.',
  },
  reachFix403: {
    da: '403: brugeren har blokeret botten, eller en tilladelsespolitik tillader ikke appen. Tjek appens tilladelsespolitik i Teams Admin Center.',
    en: '403: the user blocked the bot, or a permission policy does not allow the app. Check the app permission policy in the Teams admin centre.',
  },
  reachFix404: {
    da: '404: appen er ikke installeret for brugeren. Brug en opsætningspolitik, der forudinstallerer appen for ambassadørerne.',
    en: '404: the app is not installed for the user. Use an app setup policy that pre-installs the app for the ambassadors.',
  },
  reachFixOther: {
    da: 'Appen er ikke installeret for brugeren, eller samtalen findes ikke længere. Forudinstallér appen med en opsætningspolitik.',
    en: 'The app is not installed for the user, or the conversation no longer exists. Pre-install the app with an app setup policy.',
  },
  reachUnknown: {
    da: 'Botten kører ikke i denne proces, så leveringen kan ikke kontrolleres.',
    en: 'The bot does not run in this process, so delivery cannot be checked.',
  },
} as const satisfies Record<string, LocalizedText>;

export type DiagnosticsTextKey = keyof typeof DIAGNOSTICS_TEXTS;

/**
 * The client apps whose tokens for this API are accepted by default (`azp`/`appid`): the Teams
 * clients that aad.manifest.json pre-authorises for `access_as_user`, with Microsoft's documented
 * client ids ("Configure your tab app in Microsoft Entra ID"). A token issued to any other client —
 * an app the user consented to, which may call our API as them — is refused.
 *
 * The list mirrors the Entra app's pre-authorisation on purpose: a client accepted here but not
 * pre-authorised would only get tokens after a consent prompt, and one pre-authorised but not
 * accepted could not sign in. To run the tab in Outlook or the Microsoft 365 app, pre-authorise
 * their clients in the Entra app and list them in ALLOWED_CLIENT_APPS (see the README).
 */
export const DEFAULT_CLIENT_APP_IDS: readonly string[] = [
  /** Teams desktop and mobile. */
  '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
  /** Teams on the web. */
  '5e3ce6c0-2b1f-4285-8d4b-75ee78787346',
];

/** Microsoft's documented Microsoft 365 and Outlook client ids, for ALLOWED_CLIENT_APPS. */
export const MICROSOFT_365_CLIENT_APP_IDS: readonly string[] = [
  /** Microsoft 365 on the web. */
  '4765445b-32c6-49b0-83e6-1d93765276ca',
  /** Microsoft 365 desktop. */
  '0ec893e0-5785-4de6-99da-4ed124e5296c',
  /** Microsoft 365 mobile and Outlook desktop. */
  'd3590ed6-52b3-4102-aeff-aad2292ab01c',
  /** Outlook on the web. */
  'bc59ab01-8403-45c6-8796-ac3ef710b3e3',
  /** Outlook mobile. */
  '27922004-5251-4030-b22d-91ecd9a37ea4',
];

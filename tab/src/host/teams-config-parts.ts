/** The channel tab configuration API: only the configuration page loads it. */
export { pages } from '@microsoft/teams-js';

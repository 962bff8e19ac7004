/** The meeting API of teams-js (share to stage): only the meeting side panel loads it. */
export { meeting } from '@microsoft/teams-js';

/** teams-js' people picker, imported by name and loaded only by the invitations editor. */
export { people } from '@microsoft/teams-js';

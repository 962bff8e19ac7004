/** The parts of teams-js the board uses, imported by name so the rest is tree-shaken away. */
export { app, authentication } from '@microsoft/teams-js';

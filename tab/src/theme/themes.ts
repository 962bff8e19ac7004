import { teamsLightTheme, type Theme } from '@fluentui/react-components';
import type { TeamsThemeName } from '../host/host-types';

/**
 * Teams' three themes, as the Fluent UI v9 themes Teams itself uses. The light theme is in the
 * first chunk; dark and high contrast are loaded when needed (each is ~10 KB of tokens most
 * users never use), before the first render when Teams starts in them.
 */
export async function loadFluentTheme(theme: TeamsThemeName): Promise<Theme> {
  switch (theme) {
    case 'dark':
      return (await import('./dark-theme')).darkTheme;
    case 'contrast':
      return (await import('./contrast-theme')).contrastTheme;
    default:
      return teamsLightTheme;
  }
}

export const lightTheme = teamsLightTheme;

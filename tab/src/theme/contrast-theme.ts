import { teamsHighContrastTheme } from '@fluentui/react-components';

/** Split out so the high-contrast tokens load only for users of Teams' contrast theme. */
export const contrastTheme = teamsHighContrastTheme;

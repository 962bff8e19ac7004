import { teamsDarkTheme } from '@fluentui/react-components';

/** Split out so the dark tokens load only for dark-theme users. */
export const darkTheme = teamsDarkTheme;

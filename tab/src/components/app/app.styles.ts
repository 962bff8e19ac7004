import { makeStyles, tokens } from '@fluentui/react-components';

export const useAppStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    // Long Danish compounds ("Forventningsafstemning") break inside a narrow card or dialog rather
    // than overflow it; hyphenation follows the page language where the browser knows it.
    overflowWrap: 'anywhere',
    hyphens: 'auto',
  },
});

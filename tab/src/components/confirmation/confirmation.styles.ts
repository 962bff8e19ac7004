import { makeStyles, tokens } from '@fluentui/react-components';

export const useConfirmationStyles = makeStyles({
  // Sticky at the bottom of the board: seen wherever on the board the action was taken.
  region: {
    position: 'sticky',
    bottom: tokens.spacingVerticalL,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    pointerEvents: 'none',
  },
  bar: { pointerEvents: 'auto', boxShadow: tokens.shadow16 },
});

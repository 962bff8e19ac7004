import { makeStyles, tokens } from '@fluentui/react-components';

export const useProposeAgreementDialogStyles = makeStyles({
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))',
    // A field's message under it must not push its neighbour's input down.
    alignItems: 'start',
    gap: tokens.spacingHorizontalM,
  },
  facts: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: `0 ${tokens.spacingHorizontalM}`,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
});

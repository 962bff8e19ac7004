import { makeStyles, tokens, shorthands } from '@fluentui/react-components';
import { plainListStyle } from '../../theme/panel-styles';

export const useStepPanelStyles = makeStyles({
  /** A closed programme's step: a fieldset only to disable its controls at once. */
  readOnly: {
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
    display: 'contents',
    // Disabled by the fieldset, not by their own prop: say so visibly too.
    '& :disabled': { opacity: 0.5, cursor: 'not-allowed' },
  },
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    minWidth: 0,
  },
  // The five step tabs wrap onto more lines on a narrow screen instead of being cut off.
  tabs: { flexWrap: 'wrap', maxWidth: '100%', rowGap: tokens.spacingVerticalXXS },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalM },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    marginRight: 'auto',
  },
  description: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '60rem' },
  notes: { margin: 0, whiteSpace: 'pre-wrap' },
});

/** Shared by the five step contents. */
export const useStepContentStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  plainList: plainListStyle,
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  name: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  /** A checklist inside an item (a session's attendance). */
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, auto) 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
});

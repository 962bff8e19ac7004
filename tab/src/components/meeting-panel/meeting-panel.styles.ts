import { makeStyles, tokens } from '@fluentui/react-components';
import { panelStyle, panelTitleStyle, plainListStyle } from '../../theme/panel-styles';

/**
 * Teams gives the side panel 320 px: one column, every control full width, long words wrap —
 * nothing may need a sideways scroll.
 */
export const useMeetingPanelStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '100%',
    minWidth: 0,
    overflowX: 'hidden',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalS,
    overflowWrap: 'anywhere',
  },
  title: { ...panelTitleStyle, fontSize: tokens.fontSizeBase500 },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground2 },
  section: { ...panelStyle, padding: tokens.spacingHorizontalS },
  sectionTitle: { ...panelTitleStyle },
  focused: { borderLeftWidth: '4px', borderLeftColor: tokens.colorBrandStroke1 },
  list: { ...plainListStyle },
  note: { margin: 0 },
  author: { fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  full: { width: '100%', minWidth: 0, boxSizing: 'border-box' },
  keyMessage: { margin: 0, fontSize: tokens.fontSizeBase400, fontStyle: 'italic' },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1 },
});

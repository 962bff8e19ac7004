import { makeStyles, tokens } from '@fluentui/react-components';
import { panelGridStyle, panelStyle, panelTitleStyle, plainListStyle } from '../../theme/panel-styles';

/** The stage is read from across a room: large type, the heading in focus stands out. */
export const useMeetingStageStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXL,
    overflowWrap: 'anywhere',
    fontSize: tokens.fontSizeBase400,
  },
  title: { margin: 0, fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground2 },
  keyMessage: {
    ...panelStyle,
    fontSize: tokens.fontSizeBase600,
    borderLeftWidth: '6px',
    borderLeftColor: tokens.colorBrandStroke1,
  },
  keyText: { margin: 0 },
  keyLabel: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  grid: panelGridStyle('18rem'),
  heading: { ...panelStyle },
  focused: {
    borderTopWidth: '6px',
    borderTopColor: tokens.colorBrandStroke1,
  },
  headingTitle: { ...panelTitleStyle, fontSize: tokens.fontSizeBase500 },
  focusBadge: { margin: 0, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  list: { ...plainListStyle },
  author: { fontWeight: tokens.fontWeightSemibold },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
});

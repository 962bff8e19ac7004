import { makeStyles, tokens } from '@fluentui/react-components';
import { panelGridStyle, panelStyle, panelTitleStyle } from '../../theme/panel-styles';

export const useCardFactsStyles = makeStyles({
  root: panelGridStyle('20rem'),
  panel: panelStyle,
  factBox: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorNeutralForeground1 },
  title: panelTitleStyle,
  text: { margin: 0 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0 },
  quote: {
    margin: 0,
    fontStyle: 'italic',
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalM,
  },
  attribution: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

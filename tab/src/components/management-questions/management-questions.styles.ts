import { makeStyles, tokens } from '@fluentui/react-components';
import { panelGridStyle, panelStyle, panelTitleStyle, plainListStyle } from '../../theme/panel-styles';

export const useManagementQuestionsStyles = makeStyles({
  grid: panelGridStyle('18rem'),
  group: panelStyle,
  title: panelTitleStyle,
  questions: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  answers: { ...plainListStyle, gap: tokens.spacingVerticalXS },
  answer: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

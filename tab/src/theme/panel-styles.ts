import { shorthands, tokens, type GriffelStyle } from '@fluentui/react-components';

/**
 * The board's panels (step cards, watch-outs, the management questions, the card's facts) share
 * one look; each component's styles spread these in and add only what is its own, so a change of
 * border, radius or spacing reaches every panel at once.
 */
export const panelStyle: GriffelStyle = {
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalS,
  padding: tokens.spacingHorizontalM,
  borderRadius: tokens.borderRadiusLarge,
  backgroundColor: tokens.colorNeutralBackground1,
  ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
  minWidth: 0,
};

/** Panels side by side, as many columns as fit at `minColumn` each (one column on a phone). */
export function panelGridStyle(minColumn: string): GriffelStyle {
  return {
    display: 'grid',
    gridTemplateColumns: `repeat(auto-fit, minmax(min(100%, ${minColumn}), 1fr))`,
    gap: tokens.spacingHorizontalM,
  };
}

/** A panel's heading. */
export const panelTitleStyle: GriffelStyle = {
  margin: 0,
  fontSize: tokens.fontSizeBase400,
  fontWeight: tokens.fontWeightSemibold,
};

/** A list without bullets whose items stack with a small gap. */
export const plainListStyle: GriffelStyle = {
  listStyle: 'none',
  margin: 0,
  padding: 0,
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalS,
};

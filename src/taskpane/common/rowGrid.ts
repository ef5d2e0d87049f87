/**
 * The row of the pane's lists (the tree, the persons): toggle | title (wraps) | status and figures at the right.
 * At 320 px the badges and buttons stay beside the title instead of wrapping under it (checked by the e2e test).
 */
import { tokens } from '@fluentui/react-components';

export const LIST_ROW_GRID = {
  display: 'grid',
  gridTemplateColumns: '24px minmax(0, 1fr) auto',
  alignItems: 'start',
  columnGap: tokens.spacingHorizontalXS,
  paddingTop: '2px',
  paddingBottom: '2px',
  borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
} as const;

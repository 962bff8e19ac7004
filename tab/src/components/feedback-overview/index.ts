export { FeedbackOverview } from './feedback-overview';
export type { FeedbackOverviewProps } from './feedback-overview.types';

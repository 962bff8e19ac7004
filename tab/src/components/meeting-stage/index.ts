export { MeetingStage } from './meeting-stage';
export type { StageTarget } from './meeting-stage.types';

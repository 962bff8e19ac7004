export { MeetingPanel } from './meeting-panel';

/** Which record the stage shows: the one its URL names, else the one bound to the Teams meeting. */
export interface StageTarget {
  meetingId: string | null;
  teamsMeetingId: string | null;
}

/**
 * @ambassadors/shared — the programme of the card as types, schemas and rules, with ports for
 * storage and messaging. Pure TypeScript: no I/O, time is passed in.
 */
export * from './i18n/locale';
export * from './errors/error-codes';
export * from './errors/domain-error';
export * from './errors/stale-page';
export * from './errors/field-labels';
export * from './errors/validation-messages';
export * from './card/card';
export * from './card/ambassadors-card';
export * from './model/common';
export * from './model/settings';
export * from './model/cadence';
export * from './model/step';
export * from './model/closure';
export * from './model/programme';
export * from './model/ambassadorship';
export * from './model/application';
export * from './model/meeting';
export * from './model/check-in';
export * from './model/decision';
export * from './model/feedback-month';
export * from './model/board';
export * from './ports/clock';
export * from './ports/programme-store';
export * from './ports/messaging-port';
export * from './ports/delivery-store';
export * from './programme/new-programme';
export * from './seed/demo-people';
export * from './seed/demo-programme';
// views: the tab API's JSON (typed from its schemas) and request bodies
export * from './views/board-view';
export * from './views/api-inputs';
export * from './views/build-board-view';
export * from './views/board-view-schema';
// rules: the card's rules as pure functions, the reminder planners and the feedback gate
export * from './rules/calendar';
export * from './rules/parse-input';
export * from './rules/roles';
export * from './rules/term';
export * from './rules/term-limits';
export * from './rules/ambassadorship-lifecycle';
export * from './rules/agreement';
export * from './rules/agreement-adjustment';
export * from './rules/training';
export * from './rules/meeting-cadence';
export * from './rules/meeting-rhythm';
export * from './rules/meeting-record';
export * from './rules/key-messages';
export * from './rules/feedback/anonymity-gate';
export * from './rules/feedback/check-ins';
export * from './rules/feedback/decisions';
export * from './rules/feedback/feedback-aggregates';
export * from './rules/posting';
export * from './rules/application-round';
export * from './rules/management-questions';
export * from './rules/step-status';
export * from './rules/working-hours';
export * from './rules/reminders/reminder';
export * from './rules/reminders/reminder-planners';
export * from './rules/reminders/plan-reminders';
export { POSTING_DEADLINE_DAYS_BEFORE } from './rules/reminders/posting-reminders';
export { TRAINING_OVERDUE_NUDGES } from './rules/reminders/training-reminders';
export { MEETING_REMINDER_LEAD_DAYS, meetingCalendarOf } from './rules/reminders/meeting-reminders';
export { ALIGNMENT_CALL_DAYS_BEFORE } from './rules/reminders/alignment-reminders';
export { CHECK_IN_REQUEST_MAX_DELAY_MS } from './rules/reminders/check-in-requests';
export { DIGEST_EXIT_DAYS, DIGEST_TERM_ENDING_DAYS } from './rules/reminders/leader-digests';
export * from './rules/nudge-cap';
export * from './rules/programme-settings';
export * from './rules/owners';
export * from './rules/creation-policy';
export * from './rules/programme-closure';
export * from './report/management-report';
export * from './rules/programme-choice';
export * from './links/tab-link';
export * from './links/bot-chat-link';
// privacy: data rights (export, erasure) and the privacy page's content
export * from './privacy/person-erasure';
export * from './privacy/person-export';
export * from './privacy/person-export-summary';
export * from './privacy/privacy-inventory';
// the rules catalogue: every rule with its setting, where it is enforced and what proves it
export * from './rules/rules-catalogue-types';
export * from './rules/setting-bounds';
export * from './rules/rules-catalogue';
export * from './rules/rules-catalogue-doc';
// guidance: "what now" for each role, and the health lines of the steps and watch-outs
export * from './guidance/next-action';
export * from './guidance/next-actions';
export * from './guidance/health';
export * from './guidance/guidance-view';
export * from './guidance/guidance-texts';
export * from './guidance/digest-actions';
export * from './guidance/guidance-view-schema';
export * from './guidance/opening-step';

/**
 * @ambassadors/shared — the programme of the card as types, schemas and rules, with ports for
 * storage and messaging. Pure TypeScript: no I/O, time is passed in.
 */
export * from './i18n/locale';
export * from './errors/error-codes';
export * from './errors/domain-error';
export * from './errors/field-labels';
export * from './errors/validation-messages';
export * from './card/card';
export * from './card/ambassadors-card';
export * from './model/common';
export * from './model/settings';
export * from './model/cadence';
export * from './model/step';
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
// rules (added as they land)
// views (the tab API's JSON and request bodies)
export * from './views/board-view';
export * from './views/api-inputs';
export * from './views/build-board-view';
export * from './views/board-view-schema';
// rules (H1): pure domain rules and the reminder schedule
export * from './rules/calendar';
export * from './rules/parse-input';
export * from './rules/roles';
export * from './rules/term';
export * from './rules/term-limits';
export * from './rules/ambassadorship-lifecycle';
export * from './rules/agreement';
export * from './rules/training';
export * from './rules/meeting-cadence';
export * from './rules/key-messages';
export * from './rules/feedback';
export * from './rules/posting';
export * from './rules/management-questions';
export * from './rules/step-status';
export * from './rules/working-hours';
export * from './rules/reminder-schedule';
export * from './rules/nudge-cap';
export * from './rules/programme-settings';
export * from './rules/owners';
export * from './rules/creation-policy';
export * from './rules/programme-choice';
export * from './links/tab-link';
export * from './links/bot-chat-link';
// privacy: data rights (export, erasure) and the privacy page's content
export * from './privacy/person-erasure';
export * from './privacy/person-export';
export * from './privacy/person-export-summary';
export * from './privacy/privacy-inventory';
export * from './rules/rules-catalogue-types';
export * from './rules/setting-bounds';
export * from './rules/rules-catalogue';
export * from './rules/rules-catalogue-doc';

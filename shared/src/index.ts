/**
 * @ambassadors/shared — the programme of the card as types, schemas and rules, with ports for
 * storage and messaging. Pure TypeScript: no I/O, time is passed in.
 */
export * from './i18n/locale';
export * from './errors/error-codes';
export * from './errors/domain-error';
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
export * from './model/board';
export * from './ports/clock';
export * from './ports/programme-store';
// rules (added as they land)

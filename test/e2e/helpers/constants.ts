/** Re-exports the test suite needs, in one place. */
export { AMBASSADORS_CARD, DEMO_PEOPLE } from '@ambassadors/shared';
export { TEST_TENANT_A, TEST_TENANT_B, TEST_TENANT_NOT_ALLOWED, testUser } from '../../support/tokens';

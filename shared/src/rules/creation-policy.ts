import { z } from 'zod';
import { DomainError } from '../errors/domain-error';
import type { LocalizedText } from '../i18n/locale';
import { idSchema, isoDateTimeSchema, userRefSchema } from '../model/common';

/**
 * Who may create programmes in a tenant. A programme messages people through the bot and asks
 * colleagues to take on a role, so starting one is an organisational decision, not a personal
 * one. Three policies:
 * - `everyone`: anybody signed in to the tenant;
 * - `named`: tenant admins and the people they name — by Entra object id, directly or as members
 *   of a security group (the token's `groups` claim);
 * - `admins`: tenant admins only (Global or Teams Administrator, from the token's `wids`).
 * The default is `named` with nobody named yet: at first only admins can create, and they widen it
 * to the change-management team without opening it to the whole organisation.
 */
export const CREATION_POLICY_KINDS = ['everyone', 'named', 'admins'] as const;
export type CreationPolicyKind = (typeof CREATION_POLICY_KINDS)[number];

export const creationPolicySchema = z.strictObject({
  kind: z.enum(CREATION_POLICY_KINDS),
  /** People who may create (Entra object ids), when `kind` is `named`. */
  userIds: z.array(idSchema).max(500).default([]),
  /** Groups whose members may create (Entra object ids), when `kind` is `named`. */
  groupIds: z.array(idSchema).max(100).default([]),
});
export type CreationPolicy = z.infer<typeof creationPolicySchema>;

export const DEFAULT_CREATION_POLICY: CreationPolicy = { kind: 'named', userIds: [], groupIds: [] };

/** The tenant's own settings document: the creation policy and who set it when. */
export const tenantSettingsSchema = z.object({
  tenantId: idSchema,
  creationPolicy: creationPolicySchema,
  updatedBy: userRefSchema,
  updatedAt: isoDateTimeSchema,
});
export type TenantSettings = z.infer<typeof tenantSettingsSchema>;

/** What the policy needs to know about a caller, from the verified token only. */
export interface CreatorFacts {
  userId: string;
  groupIds: readonly string[];
  isTenantAdmin: boolean;
}

export function mayCreateProgramme(policy: CreationPolicy, caller: CreatorFacts): boolean {
  if (policy.kind === 'everyone' || caller.isTenantAdmin) return true;
  if (policy.kind === 'admins') return false;
  return (
    policy.userIds.includes(caller.userId) || caller.groupIds.some((group) => policy.groupIds.includes(group))
  );
}

const WHO: Record<Exclude<CreationPolicyKind, 'everyone'>, LocalizedText> = {
  named: {
    da: 'Teams-administratorer og de personer, de har udpeget,',
    en: 'Teams admins and the people they name',
  },
  admins: { da: 'Teams-administratorer', en: 'Teams admins' },
};

/** Throws PROGRAMME_CREATION_NOT_ALLOWED (403) unless the policy lets the caller create. */
export function assertMayCreateProgramme(policy: CreationPolicy, caller: CreatorFacts): void {
  if (mayCreateProgramme(policy, caller)) return;
  throw new DomainError('PROGRAMME_CREATION_NOT_ALLOWED', {
    who: WHO[policy.kind as Exclude<CreationPolicyKind, 'everyone'>],
  });
}

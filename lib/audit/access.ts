// Who may read an entity's history. Content history is content:read (roles.ts);
// staff accounts' entries hold sign-in addresses and consultation requests hold
// requesters' data, so those need the permission of their own area.
import type { Permission } from "@/lib/auth/roles";

const ENTITY_PERMISSION: Record<string, Permission> = {
  User: "users:manage",
  AuditLog: "users:manage",
  ConsultationRequest: "consultations:manage",
  ConsultationRequester: "consultations:manage",
  ConsultationSlot: "consultations:manage",
  Referral: "consultations:manage",
};

export function historyPermission(entityType: string): Permission {
  return ENTITY_PERMISSION[entityType] ?? "content:read";
}

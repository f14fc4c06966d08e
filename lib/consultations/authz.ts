// Authorization registry entries of consultations (see lib/auth/registry.ts).
import type { ActionEntry } from "@/lib/auth/registry";

export const ACTIONS: ActionEntry[] = [
  // The public consultation forms: empty forms fail validation before any write.
  { file: "lib/consultations/actions.ts", export: "submitConsultation", permission: "public", args: () => [{ attempt: 0 }, new FormData()] },
  { file: "lib/consultations/actions.ts", export: "cancelConsultation", permission: "public", args: () => [{ attempt: 0 }, new FormData()] },
  { file: "lib/consultations/actions.ts", export: "moveConsultation", permission: "public", args: () => [{ attempt: 0 }, new FormData()] },
];

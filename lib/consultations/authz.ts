// Authorization registry entries of consultations (see lib/auth/registry.ts).
import type { ActionEntry, HandlerEntry } from "@/lib/auth/registry";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";

const STAFF_ACTIONS = "lib/consultations/staff/actions.ts";
// Empty forms fail validation after the permission check: the matrix test changes nothing.
const emptyForm = () => [INITIAL_FORM_STATE, new FormData()];

export const ACTIONS: ActionEntry[] = [
  // The public consultation forms: empty forms fail validation before any write.
  {
    file: "lib/consultations/actions.ts",
    export: "submitConsultation",
    permission: "public",
    args: () => [INITIAL_FORM_STATE, new FormData()],
  },
  {
    file: "lib/consultations/actions.ts",
    export: "cancelConsultation",
    permission: "public",
    args: () => [INITIAL_FORM_STATE, new FormData()],
  },
  {
    file: "lib/consultations/actions.ts",
    export: "moveConsultation",
    permission: "public",
    args: () => [INITIAL_FORM_STATE, new FormData()],
  },
  // The staff inbox and slots page.
  ...[
    "changeStatusAction",
    "assignAction",
    "addNoteAction",
    "replyAction",
    "referAction",
    "eraseRequesterAction",
    "createSlotAction",
    "createSeriesAction",
    "blockDayAction",
    "deleteSlotAction",
  ].map((name): ActionEntry => ({
    file: STAFF_ACTIONS,
    export: name,
    permission: "consultations:manage",
    args: emptyForm,
  })),
];

export const HANDLERS: HandlerEntry[] = [
  // without ?email= the export answers 400 after the permission check
  { file: "app/api/admin/consultations/export/route.ts", method: "GET", permission: "consultations:manage" },
];

// Who hears about a request: the booked slot's consultant, else every active
// consultant (the shared inbox is triaged by whoever is free).
import "server-only";
import type { Tx } from "@/lib/db";
import type { Staff } from "./mails";

export async function consultantRecipients(tx: Tx, slotConsultantId: string | null): Promise<Staff[]> {
  return tx.user.findMany({
    where: slotConsultantId ? { id: slotConsultantId, active: true } : { role: "CONSULTANT", active: true },
    select: { email: true, name: true },
    orderBy: { email: "asc" },
  });
}

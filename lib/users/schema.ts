import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

export const ZUserRoleChange = z.object({
  userId: z.string().min(1).max(64),
  role: z.enum(ROLES),
});
export type UserRoleChange = z.infer<typeof ZUserRoleChange>;

// The signed-in staff member and what they may do, for scripts and client
// widgets; also the reference shape of an admin route handler.
import { deniedResponse, requireRole } from "@/lib/auth/guard";
import { can, PERMISSIONS, type Permission } from "@/lib/auth/roles";

export async function GET(): Promise<Response> {
  try {
    const user = await requireRole("CONSULTANT");
    const permissions = (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(user.role, p));
    return Response.json({ user, permissions }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return deniedResponse(error);
  }
}

import { listInnovationsResponse } from "@/lib/open-data/innovations";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return listInnovationsResponse(request);
}

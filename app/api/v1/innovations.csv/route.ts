import { innovationsCsvResponse } from "@/lib/open-data/innovations";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return innovationsCsvResponse(request);
}

import { liveCoverageCsvResponse } from "@/lib/open-data/live-coverage";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return liveCoverageCsvResponse(request);
}

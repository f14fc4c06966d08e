import { callCalendarResponse } from "@/lib/funding/feed-responses";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return callCalendarResponse(request, (await params).file);
}

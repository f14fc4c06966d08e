import { callsFeedResponse } from "@/lib/funding/feed-responses";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return callsFeedResponse(request, "atom");
}

import { listReviewsResponse } from "@/lib/open-data/reviews";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return listReviewsResponse(request);
}

import { listReviewsResponse } from "@/lib/open-data/reviews";

export const dynamic = "force-dynamic";

export function GET() {
  return listReviewsResponse();
}

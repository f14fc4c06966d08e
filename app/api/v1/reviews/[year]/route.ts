import { reviewResponse } from "@/lib/open-data/reviews";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  return reviewResponse(request, (await params).year);
}

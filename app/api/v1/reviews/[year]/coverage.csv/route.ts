import { coverageCsvResponse } from "@/lib/open-data/reviews";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  return coverageCsvResponse((await params).year);
}

import { chartResponse } from "@/lib/open-data/reviews";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ year: string; file: string }> }) {
  const { year, file } = await params;
  return chartResponse(request, year, file);
}

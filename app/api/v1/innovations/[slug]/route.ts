import { innovationDetailResponse } from "@/lib/open-data/innovations";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return innovationDetailResponse(request, slug);
}

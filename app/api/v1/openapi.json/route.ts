import { PUBLIC_CACHE } from "@/lib/open-data/license";
import { publicOrigin } from "@/lib/open-data/origin";
import { openApiDocument } from "@/lib/open-data/openapi";

export function GET() {
  return Response.json(openApiDocument(publicOrigin()), {
    headers: { "Cache-Control": PUBLIC_CACHE, "Access-Control-Allow-Origin": "*" },
  });
}

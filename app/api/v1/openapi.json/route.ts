import { PUBLIC_CACHE } from "@/lib/open-data/license";
import { openApiDocument } from "@/lib/open-data/openapi";

export function GET(request: Request) {
  return Response.json(openApiDocument(new URL(request.url).origin), {
    headers: { "Cache-Control": PUBLIC_CACHE, "Access-Control-Allow-Origin": "*" },
  });
}

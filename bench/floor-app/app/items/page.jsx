import { connection } from "next/server";
import { ItemList } from "../item-list";

// Rendered on every request, like the portal's pages that read the database.
export default async function DynamicItems() {
  await connection();
  return <ItemList heading="Items (rendered per request)" />;
}

import { ItemList } from "../item-list";

// Prerendered at build time.
export default function StaticItems() {
  return <ItemList heading="Items (prerendered)" />;
}

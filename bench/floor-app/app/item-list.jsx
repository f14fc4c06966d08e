import Link from "next/link";

const items = Array.from({ length: 20 }, (_, i) => ({
  slug: `item-${i + 1}`,
  title: `Item ${i + 1}`,
  text: `Item ${i + 1} is one of twenty entries with a short paragraph of text, about as long as a search result's summary on the portal, so that the page has some weight to render and send.`,
}));

export function ItemList({ heading }) {
  return (
    <>
      <h1>{heading}</h1>
      <ol>
        {items.map((item) => (
          <li key={item.slug}>
            <h2>
              <Link href={`/items/${item.slug}`}>{item.title}</Link>
            </h2>
            <p>{item.text}</p>
          </li>
        ))}
      </ol>
    </>
  );
}

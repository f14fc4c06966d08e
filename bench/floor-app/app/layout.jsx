import Link from "next/link";
import "./globals.css";

export const metadata = { title: "Floor", description: "A bare Next.js app: the benchmarks' floor." };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>
        <header>
          <Link href="/static">Floor</Link>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}

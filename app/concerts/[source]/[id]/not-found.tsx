import Link from "next/link";

export default function ConcertNotFound() {
  return (
    <section className="panel">
      <h1>Concert not found</h1>
      <p>We couldn&apos;t find this concert. It may have happened already, or the listing was taken down.</p>
      <Link href="/discover" className="btn btn--primary">
        Find concerts
      </Link>
    </section>
  );
}

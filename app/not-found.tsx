import Link from "next/link";

export default function NotFound() {
  return (
    <section className="panel">
      <h1>Page not found</h1>
      <p>This page doesn&apos;t exist. Maybe the concert already happened?</p>
      <Link href="/" className="btn btn--primary">
        Back to the start
      </Link>
    </section>
  );
}

import Link from "next/link";
import { UserMenu } from "@/components/auth/user-menu";
import styles from "./site-header.module.css";

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand} aria-label="Gigscovery home">
          <span className={styles.mark} aria-hidden="true">
            <svg viewBox="0 0 24 24" width="22" height="22">
              <path
                d="M9 18V5l11-2v13"
                fill="none"
                stroke="currentColor"
                strokeWidth="2.2"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
              <circle cx="6" cy="18" r="3" fill="currentColor" />
              <circle cx="17" cy="16" r="3" fill="currentColor" />
            </svg>
          </span>
          <span className={styles.name}>Gigscovery</span>
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          <Link href="/discover">Discover</Link>
          <UserMenu />
        </nav>
      </div>
    </header>
  );
}

import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";
import { Providers } from "@/components/layout/providers";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { DemoBanner } from "@/components/layout/demo-banner";
import { publicSettings } from "@/lib/auth/server-settings";
import styles from "./layout.module.css";

export const metadata: Metadata = {
  title: { default: "Gigscovery — concerts that sound like you", template: "%s · Gigscovery" },
  description: "Your Spotify taste, grouped into mixes, matched to concerts near a place you pick.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1b1235" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Settings are read when serving, not baked in at build time.
  await connection();
  const s = publicSettings();
  return (
    <html lang="en">
      <body>
        <a href="#main" className={styles.skipLink}>
          Skip to content
        </a>
        <Providers>
          {s.ok && s.settings.demo ? <DemoBanner /> : null}
          <SiteHeader />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </Providers>
      </body>
    </html>
  );
}

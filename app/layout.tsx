import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";
import { Providers } from "@/components/layout/providers";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { DemoBanner } from "@/components/layout/demo-banner";
import { publicSettings } from "@/lib/auth/server-settings";
import { config } from "@/lib/config";
import styles from "./layout.module.css";

const TITLE = "Gigscovery — concerts that sound like you";
const DESCRIPTION = "Your Spotify taste, grouped into mixes, matched to concerts near a place you pick.";
const PREVIEW = { url: "/og-image.png", width: 1200, height: 630, alt: "Gigscovery: concerts near you that sound like your Spotify taste" };

export function generateMetadata(): Metadata {
  const site = siteUrl();
  return {
    ...(site ? { metadataBase: site } : {}),
    title: { default: TITLE, template: "%s · Gigscovery" },
    description: DESCRIPTION,
    applicationName: "Gigscovery",
    manifest: "/manifest.webmanifest",
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "16x16 32x32" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
      apple: { url: "/apple-touch-icon.png", sizes: "180x180" },
    },
    openGraph: { type: "website", siteName: "Gigscovery", title: TITLE, description: DESCRIPTION, images: [PREVIEW] },
    twitter: { card: "summary_large_image", title: TITLE, description: DESCRIPTION, images: [PREVIEW.url] },
  };
}

/** Where the app runs (absolute links in previews); none while the server is not configured. */
function siteUrl(): URL | undefined {
  try {
    return new URL(config().NEXTAUTH_URL);
  } catch {
    return undefined;
  }
}

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

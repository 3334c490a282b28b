import type { Metadata } from "next";
import Link from "next/link";
import { RouteFocus } from "@/components/layout/route-focus";
import { SessionMenu } from "@/components/layout/session-menu";
import "./globals.css";

export const metadata: Metadata = {
  title: "法治政府建设年度报告数据 · Rule-of-law government reports",
  description: "比较各地法治政府建设年度报告中的指标。Compare the figures in Chinese local governments' rule-of-law reports.",
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

const NAV = [
  ["/compare", "比较", "Compare"],
  ["/indicators", "指标", "Indicators"],
  ["/coverage", "覆盖", "Coverage"],
  ["/upload", "上传", "Upload"],
  ["/about", "关于", "About"],
] as const;

/**
 * On a phone the header is one line: the title without its English half and the links in
 * Chinese, scrolling sideways when they do not fit, so the page's own content (the overview's
 * search) starts above the fold.
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">
        <a href="#main" className="skip-link">
          跳到正文 Skip to content
        </a>
        <header className="border-b border-stone-200 bg-white">
          <nav aria-label="网站 Site" className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-2 sm:gap-6 sm:py-3">
            <Link href="/" className="no-underline shrink-0 font-semibold text-red-800 sm:text-lg">
              法治政府报告数据 <span className="hidden text-sm font-normal text-stone-500 sm:inline">Rule-of-law reports</span>
            </Link>
            <div className="header-links ml-auto flex min-w-0 gap-3 overflow-x-auto whitespace-nowrap py-1 text-sm text-stone-700 sm:flex-wrap sm:gap-4">
              {NAV.map(([href, zh, en]) => (
                <Link key={href} href={href} className="hover:underline">
                  {zh}
                  <span className="hidden sm:inline"> {en}</span>
                </Link>
              ))}
              <SessionMenu />
            </div>
          </nav>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
          {children}
        </main>
        <RouteFocus />
      </body>
    </html>
  );
}

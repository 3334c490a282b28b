import type { Metadata } from "next";
import Link from "next/link";
import { SessionMenu } from "@/components/layout/session-menu";
import "./globals.css";

export const metadata: Metadata = {
  title: "法治政府建设年度报告数据 · Rule-of-law government reports",
  description: "比较各地法治政府建设年度报告中的指标。Compare the figures in Chinese local governments' rule-of-law reports.",
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">
        <header className="border-b border-stone-200 bg-white">
          <nav className="mx-auto flex max-w-6xl items-baseline gap-6 px-4 py-3">
            <Link href="/" className="text-lg font-semibold text-red-800">
              法治政府报告数据 <span className="text-sm font-normal text-stone-500">Rule-of-law reports</span>
            </Link>
            <div className="ml-auto flex flex-wrap gap-4 text-sm text-stone-700">
              <Link href="/compare" className="hover:underline">
                比较 Compare
              </Link>
              <Link href="/indicators" className="hover:underline">
                指标 Indicators
              </Link>
              <Link href="/coverage" className="hover:underline">
                覆盖 Coverage
              </Link>
              <Link href="/upload" className="hover:underline">
                上传报告 Upload
              </Link>
              <Link href="/about" className="hover:underline">
                关于 About
              </Link>
              <SessionMenu />
            </div>
          </nav>
        </header>
        <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
      </body>
    </html>
  );
}

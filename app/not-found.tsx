import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-3 py-12 text-center">
      <h1 className="text-2xl font-semibold">找不到该页面 · Page not found</h1>
      <p className="text-stone-600">
        没有这个行政区划或报告。There is no such jurisdiction or report in the database.
      </p>
      <Link href="/" className="text-red-800 hover:underline">
        返回首页 Back to the overview
      </Link>
    </div>
  );
}

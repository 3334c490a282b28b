import Link from "next/link";

export const metadata = { title: "关于 About · 法治政府报告数据" };

// A static page (no database): what the tool is and how it counts. `npm run bench` also uses it
// as the floor: the fastest page this server can answer.
export default function AboutPage() {
  return (
    <article className="max-w-3xl space-y-5 text-stone-700">
      <h1 className="text-2xl font-semibold text-stone-900">
        关于本工具 <span className="text-base font-normal text-stone-500">About this tool</span>
      </h1>
      <section className="space-y-2">
        <p>
          各地政府每年发布《法治政府建设年度报告》。本工具读取这些报告,识别所属行政区划、年度和类型,按
          <Link href="/indicators" className="underline">指标目录</Link>提取数字,并保存每个数字出自的原文句子。
        </p>
        <p className="text-sm text-stone-500">
          Every Chinese jurisdiction publishes a yearly report on building rule-of-law government. This tool reads them, tells
          which place, year and kind each is, extracts the figures of the <Link href="/indicators" className="underline">indicator
          catalogue</Link> and keeps the sentence each came from.
        </p>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold text-stone-900">
          方法 <span className="text-sm font-normal text-stone-500">Method</span>
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            规则提取,无模型、无网络:同一套代码用于上传、批量导入与评测。
            <span className="block text-sm text-stone-500">Rule-based extraction, no model and no network: the same code for uploads, bulk import and evaluation.</span>
          </li>
          <li>
            计划目标、同比变化、往年数字和下属单位的数字不作为本地区的数值。
            <span className="block text-sm text-stone-500">Targets, year-over-year changes, earlier years and sub-units&apos; figures are never taken for the place&apos;s values.</span>
          </li>
          <li>
            每个数字区分范围:本级(own)或全域(area);未报告即缺失,不记为 0。
            <span className="block text-sm text-stone-500">Each figure has a scope, the government itself (own) or the whole area (area); not reported stays missing, never 0.</span>
          </li>
          <li>
            同一地区同一年度有多份报告时,最新上传的为当前版本;人工更正保留原值、更正人和时间。
            <span className="block text-sm text-stone-500">When a place has several reports for a year the latest upload is current; a human correction keeps the previous value, who and when.</span>
          </li>
        </ul>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold text-stone-900">
          数据 <span className="text-sm font-normal text-stone-500">Data</span>
        </h2>
        <p>
          浏览<Link href="/coverage" className="underline">覆盖情况</Link>、<Link href="/compare" className="underline">比较地区</Link>,
          或通过 <code>/api/values?format=csv</code> 下载数值(UTF-8 CSV)。
          <span className="block text-sm text-stone-500">
            Browse <Link href="/coverage" className="underline">coverage</Link>, <Link href="/compare" className="underline">compare places</Link>, or
            download the values as CSV from <code>/api/values?format=csv</code>.
          </span>
        </p>
      </section>
    </article>
  );
}

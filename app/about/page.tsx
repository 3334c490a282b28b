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
            各地发布年度不同、时有缺年:比较、排名和地图默认取每个地区最新的数值并注明年度,可限定与最新年份的差距(容差),也可选定一个年度。
            <span className="block text-sm text-stone-500">Places publish in different years and skip years: comparisons, rankings and the map take each place&apos;s latest figure by default, with its year, optionally within a tolerance of the newest; one year can still be chosen.</span>
          </li>
          <li>
            同一地区同一年度有多份报告时,最新上传的为当前版本;人工更正保留原值、更正人和时间。
            <span className="block text-sm text-stone-500">When a place has several reports for a year the latest upload is current; a human correction keeps the previous value, who and when.</span>
          </li>
        </ul>
      </section>
      <section className="space-y-2" data-testid="data-sources">
        <h2 className="text-lg font-semibold text-stone-900">
          数据从哪里来 <span className="text-sm font-normal text-stone-500">Where the data came from</span>
        </h2>
        <p>
          首次启动时,数据库载入本项目收集并人工标注的数百份真实文档:各地政府网站和新闻网站上公开的网页(法治政府建设年度报告、统计公报、新闻、
          政府信息公开年报等),取自公开网页的存档副本。其中很多只是网页的开头部分(约 700 字),所以每份文档的数值不多。这些文档的数值不是程序提取的,而是人工标注的,
          每个数值都标明出自哪句原文,并标记为“人工标注”;每份报告页面都给出原网页地址。没有年度的文档无法按年度展示,未载入。之后上传的报告由规则自动提取。
          <span className="block text-sm text-stone-500">
            On first start the database is loaded with the real documents this project gathered and labelled by hand, several hundred of them: public
            pages of local governments&apos; and news websites (rule-of-law annual reports, statistical communiqués, news items, information-disclosure
            reports), taken from stored copies of the public web. Many are only the opening of a page (about 700 characters), so each states few figures.
            Their figures are the hand labels, not the extractor&apos;s reading: each points to the sentence it came from and is marked as labelled by
            hand, and each report&apos;s page gives the address of the page it came from. Documents without a year cannot be shown by year and are left
            out. Reports uploaded afterwards are read by the extraction rules.
          </span>
        </p>
        <p className="text-sm">
          这些文档在仓库的 <code>data/samples</code>(完整的样本报告)、<code>data/corpus</code> 和 <code>data/real</code> 中,标注规则见指标目录。
          <span className="block text-stone-500">
            They are in the repository under <code>data/samples</code> (complete sample reports), <code>data/corpus</code> and <code>data/real</code>; the
            labelling rules are those of the indicator catalogue.
          </span>
        </p>
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

/** A plain GET form: works without JavaScript and keeps the query in the URL. */
export function JurisdictionSearch({ defaultValue }: { defaultValue: string }) {
  return (
    <form role="search" action="/" method="get" className="mb-3 flex gap-2">
      <label className="sr-only" htmlFor="jurisdiction-q">
        搜索行政区划 Search jurisdictions
      </label>
      <input
        id="jurisdiction-q"
        name="q"
        defaultValue={defaultValue}
        placeholder="地名或拼音首字母,如 庐阳 / ly · Name or pinyin initials"
        className="w-full max-w-sm rounded border border-stone-300 px-2 py-1"
      />
      <button type="submit" className="rounded bg-red-800 px-3 py-1 text-white">
        搜索 Search
      </button>
    </form>
  );
}

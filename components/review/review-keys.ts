/** The review's keys: a person reviews a whole report without the mouse. */
export type ReviewAction = "next" | "previous" | "accept" | "remove" | "edit" | "save" | "help";

export const REVIEW_KEYS: { keys: string; action: ReviewAction; zh: string; en: string }[] = [
  { keys: "j ↓", action: "next", zh: "下一项", en: "next item" },
  { keys: "k ↑", action: "previous", zh: "上一项", en: "previous item" },
  { keys: "a Enter", action: "accept", zh: "采用/保留所在的数字,或恢复已删除的数值", en: "accept or keep the figure, or keep a removed value" },
  { keys: "x Delete", action: "remove", zh: "删除所在的数值(再按恢复),或撤销新增", en: "remove the value (again: keep it), or undo an addition" },
  { keys: "e", action: "edit", zh: "修改数值(Esc 返回)", en: "edit the figure (Esc returns)" },
  { keys: "s", action: "save", zh: "保存并标为已审核", en: "save and mark reviewed" },
  { keys: "?", action: "help", zh: "显示或隐藏按键说明", en: "show or hide the keys" },
];

const BY_KEY: Record<string, ReviewAction> = {
  j: "next",
  ArrowDown: "next",
  k: "previous",
  ArrowUp: "previous",
  a: "accept",
  Enter: "accept",
  x: "remove",
  Delete: "remove",
  e: "edit",
  s: "save",
  "?": "help",
};

/** The action of a key pressed in the review (outside a field; modifier combinations are the browser's). */
export function reviewAction(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): ReviewAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return BY_KEY[event.key] ?? null;
}

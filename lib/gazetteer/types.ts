/** Same strings as JurisdictionLevel in lib/extract/types (the gazetteer does not import the extractor). */
export type DivisionLevel = "province" | "city" | "district" | "county";

export interface Division {
  /** 6-digit code (provinces 110000, prefectures 130100); null only for a division newer than the
   *  data whose code could not be verified (see changes.ts) */
  code: string | null;
  /** official name (昌吉回族自治州) */
  name: string;
  level: DivisionLevel;
  /** null for provinces */
  parentCode: string | null;
  /** NBS codes xx71–xx79: development zones, new areas, management zones — not statutory divisions */
  devZone: boolean;
  /** set for a division gone from the current data: the year it was abolished (or, where only NBS
   *  releases tell, the first year whose release no longer lists it) */
  abolished?: number;
  /** set for a division newer than the data: the year it was created */
  since?: number;
}

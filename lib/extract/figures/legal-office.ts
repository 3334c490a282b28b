// The government's legal office (司法局/司法厅, 法制办/法制局) hears reconsideration, answers suits,
// reviews legality and files documents on the government's behalf: for those keys what it does is
// the government's own (该县司法局办理行政应诉案件42件), and it is not a sub-unit of the place.

const ACTS_FOR_GOVERNMENT = /^(?:reconsideration\.|litigation\.cases$|legality_review\.|normative_docs\.filed$)/;

/** the name of the legal office, ending where it ends (市司法局, 区法制办公室) */
export const LEGAL_OFFICE_NAME = /(?:司法|法制)(?:局|厅|办公室|办)/;

export function legalOfficeActsFor(key: string): boolean {
  return ACTS_FOR_GOVERNMENT.test(key);
}

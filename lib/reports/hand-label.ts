/** reviewedBy of a figure that comes from the project's hand labels, not from the extractor */
export const HAND_LABEL = "hand label";
/** extractorVersion of a report whose values are its hand labels */
export const HAND_LABELS_VERSION = "hand labels";

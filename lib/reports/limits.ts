/** How many files one upload request may carry. */
export const MAX_FILES_PER_UPLOAD = 20;

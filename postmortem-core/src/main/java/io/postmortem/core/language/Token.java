package io.postmortem.core.language;

/**
 * A normalized word of the scanned text.
 *
 * @param start UTF-16 offset of the word (or contraction part) in the original text
 * @param end offset just after it
 * @param norm lower case, umlauts folded (ä→ae, ß→ss), apostrophes straight, hyphens dropped
 * @param clause phrases never span clauses; a new clause starts at each sentence end and at each
 *     skipped region (quote, code, URL)
 * @param sentence index of the sentence holding the word
 */
record Token(int start, int end, String norm, int clause, int sentence) {}

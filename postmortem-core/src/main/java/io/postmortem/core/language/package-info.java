/**
 * The blameless-language check: finds counterfactual and blaming phrases in postmortem text with
 * offsets and a suggestion key, skipping quotes, code, URLs and sound negations. Entry point:
 * {@link io.postmortem.core.language.BlamelessLanguageScanner}.
 *
 * <p>The phrase lists ({@code phrases_en.tsv}, {@code phrases_de.tsv}) and the word lists their
 * guards use ({@code lexicon_en.txt}, {@code lexicon_de.txt}) are resources next to these classes,
 * commented, so they can be reviewed without reading Java; {@code message-keys.txt} lists every
 * suggestion key with an English and a German text for the plugin's bundle.
 */
package io.postmortem.core.language;

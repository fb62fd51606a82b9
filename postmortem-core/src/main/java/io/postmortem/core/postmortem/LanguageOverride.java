package io.postmortem.core.postmortem;

import java.time.Instant;
import java.util.Objects;

/**
 * A decision to keep a phrase the blameless-language check flagged, with the reason on record.
 *
 * @param fingerprint identifies the finding (field, phrase and sentence), so the override survives
 *     edits elsewhere in the text
 * @param reason why the phrase stays
 * @param userKey who decided
 * @param at when
 */
public record LanguageOverride(String fingerprint, String reason, String userKey, Instant at) {
  public LanguageOverride {
    Objects.requireNonNull(fingerprint, "fingerprint");
    reason = reason == null ? "" : reason;
  }
}

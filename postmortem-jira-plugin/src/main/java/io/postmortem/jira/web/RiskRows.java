package io.postmortem.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.util.I18nHelper;
import io.postmortem.core.postmortem.RiskAcceptance;
import io.postmortem.jira.application.checklist.MessageText;
import io.postmortem.jira.application.http.RestFailure;
import io.postmortem.jira.application.issue.RiskApprovers;
import io.postmortem.jira.storage.RiskAcceptanceStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The risk acceptances of a postmortem as the panel shows them (approver's name, reason, expiry,
 * whether it still holds), and whether the viewer may add one: the same {@link RiskApprovers} rule
 * the REST resource enforces.
 */
@Named
public class RiskRows {

  private static final Comparator<RiskAcceptance> NEWEST_FIRST =
      Comparator.comparing(RiskAcceptance::acceptedAt).reversed();

  private final RiskAcceptanceStore store;
  private final RiskApprovers approvers;

  @Inject
  public RiskRows(RiskAcceptanceStore store, RiskApprovers approvers) {
    this.store = store;
    this.approvers = approvers;
  }

  /** Newest first, names and dates written for the reader of {@code text}. */
  public List<RiskRow> of(Issue postmortem, LocalDate today, I18nHelper i18n, MessageText text) {
    List<RiskAcceptance> accepted =
        store.forPostmortem(postmortem.getId()).stream().sorted(NEWEST_FIRST).toList();
    return accepted.stream()
        .map(
            a -> {
              boolean holds = a.holdsOn(today);
              return new RiskRow(
                  text.user(a.userKey()),
                  a.reason(),
                  a.expiresOn() == null ? "" : text.day(a.expiresOn()),
                  i18n.getText(
                      holds
                          ? "postmortem.lifecycle.risk.holds"
                          : "postmortem.lifecycle.risk.expired"),
                  holds ? "success" : "subtle");
            })
        .toList();
  }

  /** Whether the viewer may accept the risk; never throws, the panel only hides the form. */
  public boolean mayAccept(Issue postmortem) {
    try {
      approvers.require(postmortem);
      return true;
    } catch (RestFailure refused) {
      return false;
    }
  }
}

package io.postmortem.jira.setup;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.jira.application.issue.FieldRole;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks, and on request repairs, everything the app needs in Jira: its issue types, link types and
 * custom fields. Repair is idempotent: what exists under its stored id is left alone, so running it
 * on every enable and from the admin page never duplicates anything, and nothing is ever deleted.
 */
@Named
public class PostmortemSetup {

  /** Cluster-wide, so two nodes starting together do not both create the same objects. */
  static final String LOCK = "io.postmortem.jira.setup";

  private static final Logger LOG = LoggerFactory.getLogger(PostmortemSetup.class);

  private final PostmortemConfiguration configuration;
  private final IssueTypeSetup issueTypes;
  private final LinkTypeSetup linkTypes;
  private final FieldSetup fields;
  private final ClusterLockService locks;

  @Inject
  public PostmortemSetup(
      PostmortemConfiguration configuration,
      IssueTypeSetup issueTypes,
      LinkTypeSetup linkTypes,
      FieldSetup fields,
      @ComponentImport ClusterLockService locks) {
    this.configuration = configuration;
    this.issueTypes = issueTypes;
    this.linkTypes = linkTypes;
    this.fields = fields;
    this.locks = locks;
  }

  /** What exists and what is missing, changing nothing. */
  public List<SetupCheck> check(I18nHelper i18n) {
    return run(i18n, false);
  }

  /**
   * Creates what is missing and stores the ids of what it created or adopted. When another node
   * holds the setup lock for long, this only checks: that node is doing the work.
   */
  public List<SetupCheck> repair(I18nHelper i18n) {
    return locked(() -> run(i18n, true)).orElseGet(() -> check(i18n));
  }

  /** {@link #repair} for a caller that already holds the setup lock ({@link #locked}). */
  List<SetupCheck> repairHoldingLock(I18nHelper i18n) {
    return run(i18n, true);
  }

  /**
   * Runs {@code work} under the cluster-wide setup lock, so two admins (or two nodes starting)
   * never create the same objects twice; empty when another node held the lock for 30 seconds.
   */
  public <T> Optional<T> locked(Supplier<T> work) {
    ClusterLock lock = locks.getLockForName(LOCK);
    boolean locked;
    try {
      locked = lock.tryLock(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
    if (!locked) {
      LOG.warn("Postmortem setup is running on another node; only checking here");
      return Optional.empty();
    }
    try {
      return Optional.of(work.get());
    } finally {
      lock.unlock();
    }
  }

  private List<SetupCheck> run(I18nHelper i18n, boolean create) {
    JiraMapping mapping = configuration.current();
    List<SetupCheck> checks = new ArrayList<>();
    JiraMapping updated = ensureTypesAndLinks(mapping, checks, i18n, create);
    updated = ensureFields(mapping, updated, checks, i18n, create);
    checks.add(optionalType("postmortem.setup.item.incident-type", updated.incidentIssueTypeId()));
    checks.add(optionalField("postmortem.setup.field.SEVERITY", updated, FieldRole.SEVERITY));
    checks.add(optionalField("postmortem.setup.field.SPRINT", updated, FieldRole.SPRINT));

    if (create && !updated.equals(mapping)) {
      configuration.save(updated);
    }
    return checks;
  }

  /** The two issue types and two link types, found or created; the mapping pointing at them. */
  private JiraMapping ensureTypesAndLinks(
      JiraMapping mapping, List<SetupCheck> checks, I18nHelper i18n, boolean create) {
    Found postmortemType =
        ensureType(mapping.postmortemIssueTypeId(), "postmortem", false, i18n, create);
    Found remediationType =
        ensureType(mapping.remediationSubTaskTypeId(), "remediation", true, i18n, create);
    Found postmortemLink = ensureLink(mapping.postmortemLinkTypeId(), "postmortem", i18n, create);
    Found remediationLink =
        ensureLink(mapping.remediationLinkTypeId(), "remediation", i18n, create);
    checks.add(check("postmortem.setup.item.postmortem-type", postmortemType));
    checks.add(check("postmortem.setup.item.remediation-type", remediationType));
    checks.add(check("postmortem.setup.item.postmortem-link", postmortemLink));
    checks.add(check("postmortem.setup.item.remediation-link", remediationLink));
    checks.add(
        check("postmortem.setup.item.recurrence-link", linkTypes.ensureRecurrence(i18n, create)));

    return mapping
        .withIssueTypes(
            idOr(postmortemType, mapping.postmortemIssueTypeId()),
            idOr(remediationType, mapping.remediationSubTaskTypeId()),
            mapping.incidentIssueTypeId())
        .withLinkTypes(
            longOr(postmortemLink, mapping.postmortemLinkTypeId()),
            longOr(remediationLink, mapping.remediationLinkTypeId()));
  }

  /** An issue type named by {@code postmortem.setup.issuetype.<name>}, found or created. */
  private Found ensureType(
      String id, String name, boolean subTask, I18nHelper i18n, boolean create) {
    String key = "postmortem.setup.issuetype." + name;
    return issueTypes.ensure(
        id, i18n.getText(key), i18n.getText(key + ".description"), subTask, create);
  }

  /** A link type named by {@code postmortem.setup.linktype.<name>}, found or created. */
  private Found ensureLink(Long id, String name, I18nHelper i18n, boolean create) {
    String key = "postmortem.setup.linktype." + name;
    return linkTypes.ensure(
        id,
        i18n.getText(key),
        i18n.getText(key + ".outward"),
        i18n.getText(key + ".inward"),
        create);
  }

  /**
   * The app's custom fields, found or created on the postmortem or remediation type; a new Horizon
   * field gets its two options.
   */
  private JiraMapping ensureFields(
      JiraMapping mapping,
      JiraMapping updated,
      List<SetupCheck> checks,
      I18nHelper i18n,
      boolean create) {
    IssueType postmortemScope = issueTypes.byId(updated.postmortemIssueTypeId());
    IssueType remediationScope = issueTypes.byId(updated.remediationSubTaskTypeId());

    for (FieldSpec spec : FieldSpec.ALL) {
      Found field =
          fields.ensure(
              spec,
              mapping.fieldId(spec.role()).orElse(null),
              i18n.getText(spec.nameKey()),
              i18n.getText(spec.nameKey() + ".description"),
              spec.onPostmortem() ? postmortemScope : remediationScope,
              create);
      checks.add(check(spec.nameKey(), field));
      if (field.exists()) {
        updated = updated.withField(spec.role(), field.id());
      }
      if (field.status() == SetupStatus.CREATED && spec.role() == FieldRole.HORIZON) {
        updated =
            updated.withHorizons(
                fields.addHorizonOptions(
                    field.id(),
                    i18n.getText("postmortem.setup.horizon.SHORT_TERM"),
                    i18n.getText("postmortem.setup.horizon.LONG_TERM")));
      }
    }
    return updated;
  }

  private SetupCheck optionalType(String labelKey, String id) {
    if (id == null) {
      return new SetupCheck(labelKey, SetupStatus.NOT_MAPPED, null, null);
    }
    IssueType type = issueTypes.byId(id);
    return type == null
        ? new SetupCheck(labelKey, SetupStatus.MISSING, null, id)
        : new SetupCheck(labelKey, SetupStatus.PRESENT, type.getName(), type.getId());
  }

  private SetupCheck optionalField(String labelKey, JiraMapping mapping, FieldRole role) {
    String id = mapping.fieldId(role).orElse(null);
    if (id == null) {
      return new SetupCheck(labelKey, SetupStatus.NOT_MAPPED, null, null);
    }
    CustomField field = fields.byId(id);
    return field == null
        ? new SetupCheck(labelKey, SetupStatus.MISSING, null, id)
        : new SetupCheck(labelKey, SetupStatus.PRESENT, field.getName(), field.getId());
  }

  private static SetupCheck check(String labelKey, Found found) {
    return new SetupCheck(labelKey, found.status(), found.name(), found.id());
  }

  private static String idOr(Found found, String fallback) {
    return found.exists() ? found.id() : fallback;
  }

  private static Long longOr(Found found, Long fallback) {
    return found.exists() ? Long.valueOf(found.id()) : fallback;
  }
}

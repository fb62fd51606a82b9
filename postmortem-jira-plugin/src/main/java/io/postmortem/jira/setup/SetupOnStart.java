package io.postmortem.jira.setup;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repairs the setup once Jira and the app have started (SAL calls {@link #onStart()} then, also
 * when the app is enabled later), so a fresh install is usable at once. Disabling or stopping the
 * app changes nothing in Jira: issue types, fields and their data stay.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class SetupOnStart implements LifecycleAware {

  private static final Logger LOG = LoggerFactory.getLogger(SetupOnStart.class);

  private final PostmortemSetup setup;
  private final JiraAuthenticationContext authenticationContext;

  @Inject
  public SetupOnStart(
      PostmortemSetup setup, @ComponentImport JiraAuthenticationContext authenticationContext) {
    this.setup = setup;
    this.authenticationContext = authenticationContext;
  }

  @Override
  public void onStart() {
    try {
      setup.repair(authenticationContext.getI18nHelper()).stream()
          .filter(SetupCheck::needsAttention)
          .forEach(
              check ->
                  LOG.warn(
                      "Postmortem setup: {} is {}; see the Check and repair setup page",
                      check.labelKey(),
                      check.status()));
    } catch (RuntimeException e) {
      // Enabling the app must not fail because of the setup: the admin page can repair it later.
      LOG.error("Postmortem setup failed on start; use the Check and repair setup page", e);
    }
  }

  @Override
  public void onStop() {
    // Deliberately nothing: the app never deletes the issue types, fields or data it created.
  }
}

package io.postmortem.jira.rest;

import static org.mockito.Mockito.mock;

import com.atlassian.jira.user.util.UserManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postmortem.jira.application.checklist.ReaderTexts;
import io.postmortem.jira.application.http.RestErrors;
import io.postmortem.jira.testing.FakeJira;
import jakarta.ws.rs.ext.ContextResolver;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * A Jersey application shaped like the plugin's REST module: our resources, our one exception
 * mapper, Jackson with its defaults (unknown properties fail). Jersey's own Jackson exception
 * mappers are left out, as the platform's are, so that {@link RestErrors} answers malformed JSON.
 */
public final class RestTestRuntime {
  private RestTestRuntime() {}

  public static ResourceConfig application(FakeJira jira, Object... resources) {
    ObjectMapper mapper = new ObjectMapper();
    ResourceConfig config =
        new ResourceConfig()
            .register(JacksonFeature.withoutExceptionMappers())
            .register((ContextResolver<ObjectMapper>) type -> mapper)
            .register(
                new RestErrors(
                    jira.authenticationContext,
                    new ReaderTexts(mock(UserManager.class)).texts(jira.authenticationContext)));
    for (Object resource : resources) {
      config.register(resource);
    }
    return config;
  }
}

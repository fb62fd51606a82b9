package io.postmortem.jira.jql;

import com.atlassian.jira.web.ExecutingHttpRequest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;

/**
 * Keeps a JQL function's answer for the rest of the HTTP request, as a request attribute. Jira asks
 * a function twice per search (validate, then values) and the dashboard runs several searches per
 * request that name the same function; with this the function's own queries run once per request.
 * Nothing outlives the request, so no node holds state another node could disagree with. Outside a
 * request (a scheduled job) every call computes afresh.
 */
@Named
public class RequestMemo {
  private static final String PREFIX = "io.postmortem.jql.";

  private final Supplier<HttpServletRequest> currentRequest;

  @Inject
  public RequestMemo() {
    this(ExecutingHttpRequest::get);
  }

  public RequestMemo(Supplier<HttpServletRequest> currentRequest) {
    this.currentRequest = currentRequest;
  }

  /** The value stored under {@code key} in this request, computing it on first use. */
  public <T> T get(String key, Class<T> type, Supplier<T> compute) {
    HttpServletRequest request = currentRequest.get();
    if (request == null) {
      return compute.get();
    }
    Object known = request.getAttribute(PREFIX + key);
    if (type.isInstance(known)) {
      return type.cast(known);
    }
    T value = compute.get();
    request.setAttribute(PREFIX + key, value);
    return value;
  }
}

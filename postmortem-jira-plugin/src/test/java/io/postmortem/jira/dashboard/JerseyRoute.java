package io.postmortem.jira.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.security.Principal;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.spi.ContainerResponseWriter;

/**
 * Serves a real JAX-RS application (our resources, Jersey 3.1 as in Jira 11) from the browser
 * harness's HTTP server, under Jira's REST base path. An optional gate holds requests so a test can
 * see the loading state.
 */
public final class JerseyRoute implements HttpHandler {
  private final ApplicationHandler application;
  private final String basePath;
  private volatile CountDownLatch gate = new CountDownLatch(0);

  /** Who the caller is comes from Jira's authentication context (mocked), not from JAX-RS. */
  private static final SecurityContext ANONYMOUS =
      new SecurityContext() {
        @Override
        public Principal getUserPrincipal() {
          return null;
        }

        @Override
        public boolean isUserInRole(String role) {
          return false;
        }

        @Override
        public boolean isSecure() {
          return false;
        }

        @Override
        public String getAuthenticationScheme() {
          return null;
        }
      };

  public JerseyRoute(ResourceConfig config, String basePath) {
    this.application = new ApplicationHandler(config);
    this.basePath = basePath;
  }

  /** Holds every request until {@link #open()}. */
  void close() {
    gate = new CountDownLatch(1);
  }

  void open() {
    gate.countDown();
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      gate.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    URI base = URI.create("http://127.0.0.1" + basePath);
    URI uri = URI.create("http://127.0.0.1" + exchange.getRequestURI());
    ContainerRequest request =
        new ContainerRequest(
            base,
            uri,
            exchange.getRequestMethod(),
            ANONYMOUS,
            new MapPropertiesDelegate(),
            application.getConfiguration());
    exchange.getRequestHeaders().forEach((name, values) -> request.headers(name, values));
    request.setEntityStream(exchange.getRequestBody());
    request.setWriter(new Writer(exchange));
    application.handle(request);
  }

  private static final class Writer implements ContainerResponseWriter {
    private final HttpExchange exchange;

    Writer(HttpExchange exchange) {
      this.exchange = exchange;
    }

    @Override
    public OutputStream writeResponseStatusAndHeaders(long length, ContainerResponse response)
        throws org.glassfish.jersey.server.ContainerException {
      response
          .getStringHeaders()
          .forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
      try {
        exchange.sendResponseHeaders(
            response.getStatus(), length > 0 ? length : length == 0 ? -1 : 0);
      } catch (IOException e) {
        throw new org.glassfish.jersey.server.ContainerException(e);
      }
      return exchange.getResponseBody();
    }

    @Override
    public boolean suspend(long timeOut, TimeUnit unit, TimeoutHandler handler) {
      return false;
    }

    @Override
    public void setSuspendTimeout(long timeOut, TimeUnit unit) {}

    @Override
    public void commit() {
      try {
        exchange.getResponseBody().close();
      } catch (IOException e) {
        throw new org.glassfish.jersey.server.ContainerException(e);
      }
    }

    @Override
    public void failure(Throwable error) {
      exchange.close();
    }

    @Override
    public boolean enableResponseBuffering() {
      return true;
    }
  }
}

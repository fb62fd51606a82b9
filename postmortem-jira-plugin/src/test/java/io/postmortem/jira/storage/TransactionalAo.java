package io.postmortem.jira.storage;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;

/**
 * A mocked {@link ActiveObjects} whose executeInTransaction runs the callback and remembers whether
 * a transaction is open, so tests can assert that writes happen inside one.
 */
final class TransactionalAo {
  final ActiveObjects ao = mock(ActiveObjects.class);
  private boolean open;
  int transactions;

  TransactionalAo() {
    lenient()
        .when(ao.executeInTransaction(any()))
        .thenAnswer(
            call -> {
              transactions++;
              open = true;
              try {
                return call.<TransactionCallback<?>>getArgument(0).doInTransaction();
              } finally {
                open = false;
              }
            });
  }

  /** The value a create() call of {@code entity} passed for {@code field}. */
  Object createdValue(Class<?> entity, String field) {
    return org.mockito.Mockito.mockingDetails(ao).getInvocations().stream()
        .filter(call -> call.getMethod().getName().equals("create"))
        .filter(call -> call.getRawArguments()[0] == entity)
        .flatMap(call -> java.util.Arrays.stream((Object[]) call.getRawArguments()[1]))
        .map(net.java.ao.DBParam.class::cast)
        .filter(param -> param.getField().equals(field))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no create of " + entity + " with " + field))
        .getValue();
  }

  boolean inTransaction() {
    return open;
  }
}

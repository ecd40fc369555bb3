package com.supplyrisk.api;

import com.supplyrisk.FreeManagementPort;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The operations endpoints on the packaged jar. The free management port is declared here for every test. */
@QuarkusIntegrationTest
@WithTestResource(value = FreeManagementPort.class, scope = TestResourceScope.GLOBAL)
class OperationsIT extends OperationsTest {
}

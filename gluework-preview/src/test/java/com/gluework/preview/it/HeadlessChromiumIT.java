package com.gluework.preview.it;

import org.junit.AssumptionViolatedException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

import java.nio.file.Path;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The browser-test rule's own guarantees, without starting a browser where none is needed: a machine without Chromium
 * fails the browser tests (a skip would look green) and says how to install it.
 */
public class HeadlessChromiumIT {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void withoutChromium_aBrowserTestShouldFailWithTheLineThatInstallsIt() throws Exception {
        // given a machine where neither the browser nor the driver is installed
        Path nowhere = folder.getRoot().toPath();
        HeadlessChromium rule = HeadlessChromium.at("HeadlessChromiumIT", nowhere.resolve("chromium"), nowhere.resolve("chromedriver"));
        boolean[] bodyRan = {false};

        // when a browser test runs
        Throwable outcome = outcomeOf(rule.apply(new Statement() {
            @Override
            public void evaluate() {
                bodyRan[0] = true;
            }
        }, Description.EMPTY));

        // then it fails — not skipped — before its body, naming what is missing and the command that installs it
        assertFalse("the test body must not run without a browser", bodyRan[0]);
        assertTrue("a failure, not a skip: " + outcome, outcome instanceof AssertionError
                && !(outcome instanceof AssumptionViolatedException));
        assertTrue(outcome.getMessage(), outcome.getMessage().contains("sudo apt-get install -y chromium chromium-driver"));
        assertTrue(outcome.getMessage(), outcome.getMessage().contains(nowhere.resolve("chromium").toString()));
    }

    private static Throwable outcomeOf(Statement statement) {
        try {
            statement.evaluate();
        } catch (Throwable t) {
            return t;
        }
        fail("expected the rule to fail the test");
        return null;
    }
}

package com.gluework.preview;

import org.junit.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;

import static org.junit.Assert.assertEquals;

public class PreviewMainTest {
    @Test
    public void oneLine_shouldGiveOurOwnRefusalAsItIs() {
        assertEquals("data dir /tmp/x is in use by process 42",
                PreviewMain.oneLine(new PreviewStartupException("data dir /tmp/x is in use by process 42")));
    }

    @Test
    public void oneLine_shouldNameAnyOtherFailureByItsInnermostCauseOnOneLine() {
        IOException bind = new IOException("Failed to bind to localhost/127.0.0.1:2990", new BindException("Address already in use\nmore"));

        assertEquals("BindException: Address already in use", PreviewMain.oneLine(new UncheckedIOException(bind)));
    }
}

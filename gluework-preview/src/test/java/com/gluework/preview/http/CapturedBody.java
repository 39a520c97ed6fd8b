package com.gluework.preview.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What a filter under test writes to a mocked response: hand it out from {@code response.getOutputStream()} and read
 * the refusal's JSON back with {@link #text()}.
 */
final class CapturedBody extends ServletOutputStream {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public boolean isReady() {
        return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
        // Blocking writes only: the filters never go asynchronous.
    }

    @Override
    public void write(int b) {
        bytes.write(b);
    }

    String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

package com.gluework.web.view;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes what it is given as UTF-8 into a growing byte array, as it is written. WHY: a rendered
 * panel collected in a {@code StringBuilder} was copied as it grew, copied again to UTF-16 at its first character
 * outside Latin-1 (the record form's "…"), copied into a String and then encoded to UTF-8 for the response — about a
 * tenth of the panel's render in its profile (JFR, issue 13). Here each character is copied once or twice (about a
 * third of the time, measured on a panel's writes). For {@link ViewRenderer#renderUtf8} implementations, which hand it
 * to their template engine as its output.
 *
 * <p>The bytes are exactly {@code String.getBytes(UTF_8)} of everything written, in order, also when a surrogate pair
 * arrives in two writes; an unpaired surrogate becomes {@code ?}, as there. One render, one thread: no locking.
 */
public final class Utf8BufferWriter extends Writer {
    /** Up to this many characters the loop is cheaper than a temporary array from {@link String#getBytes}. */
    private static final int SHORT = 8;

    private byte[] bytes;
    private int count;
    /** A high surrogate whose low half has not been written yet; 0 when none. */
    private char pendingHigh;

    public Utf8BufferWriter(int initialBytes) {
        this.bytes = new byte[Math.max(16, initialBytes)];
    }

    @Override
    public void write(int c) {
        ensureRoom(4);
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        ensureRoom(3 * length + 3);
        for (int i = offset, end = offset + length; i < end; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(String text, int offset, int length) {
        if (length > SHORT && offset == 0 && length == text.length() && pendingHigh == 0
                && !Character.isHighSurrogate(text.charAt(length - 1))) {
            // A whole text that neither completes nor starts a pair across writes: the JDK's own encoder, which copies
            // an ASCII string's bytes in one go where the loop below tests every character (JFR, issue 13).
            byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
            ensureRoom(encoded.length);
            System.arraycopy(encoded, 0, bytes, count, encoded.length);
            count += encoded.length;
            return;
        }
        ensureRoom(3 * length + 3);
        int i = offset;
        int end = offset + length;
        if (pendingHigh == 0) {
            // Most of a page is ASCII: one byte per character, no other test.
            byte[] out = bytes;
            int at = count;
            while (i < end) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    break;
                }
                out[at++] = (byte) c;
                i++;
            }
            count = at;
        }
        for (; i < end; i++) {
            put(text.charAt(i));
        }
    }

    @Override
    public Writer append(CharSequence text) {
        String s = String.valueOf(text);
        write(s, 0, s.length());
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** Everything written, as UTF-8; an unpaired high surrogate at the very end is written as {@code ?}. */
    public byte[] toByteArray() {
        byte[] out = Arrays.copyOf(bytes, count + (pendingHigh != 0 ? 1 : 0));
        if (pendingHigh != 0) {
            out[count] = '?';
        }
        return out;
    }

    /** Room for {@code bytes} more, with one more for a pending high surrogate that turns out unpaired. */
    private void ensureRoom(int more) {
        long needed = (long) count + more + 1;
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, 2L * bytes.length)));
        }
    }

    private void put(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int codePoint = Character.toCodePoint(high, c);
                bytes[count++] = (byte) (0xF0 | (codePoint >> 18));
                bytes[count++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                bytes[count++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                bytes[count++] = (byte) (0x80 | (codePoint & 0x3F));
                return;
            }
            bytes[count++] = '?';
        }
        if (c < 0x80) {
            bytes[count++] = (byte) c;
        } else if (c < 0x800) {
            bytes[count++] = (byte) (0xC0 | (c >> 6));
            bytes[count++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[count++] = '?';
        } else {
            bytes[count++] = (byte) (0xE0 | (c >> 12));
            bytes[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            bytes[count++] = (byte) (0x80 | (c & 0x3F));
        }
    }
}

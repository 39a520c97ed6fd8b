package com.gluework.web.view;

import org.junit.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.Assert.assertArrayEquals;

public class Utf8BufferWriterTest {
    /** ASCII, Latin-1, the BMP, a pair (an emoji), and both halves of a pair alone. */
    private static final String[] PIECES = {"<li class=\"x\">", "Zoë", "Choose a category\u2026", "\u201cquoted\u201d",
            "\uD83D\uDE00", "\uD83D", "\uDE00", "", "a", "\u00A0", "\u07FF\u0800\uFFFF"};

    @Test
    public void writer_shouldGiveTheBytesOfTheWholeTextInUtf8_whateverTheWritesAreAndWhereverTheySplitIt() {
        Random random = new Random(13);
        for (int run = 0; run < 2_000; run++) {
            // given: pieces of text, some written whole and some cut at a random point (inside a pair too)
            StringBuilder whole = new StringBuilder();
            Utf8BufferWriter writer = new Utf8BufferWriter(16);
            for (int piece = random.nextInt(12); piece > 0; piece--) {
                String text = PIECES[random.nextInt(PIECES.length)] + PIECES[random.nextInt(PIECES.length)];
                whole.append(text);
                int cut = random.nextInt(text.length() + 1);
                switch (random.nextInt(4)) {
                    case 0 -> {
                        writer.write(text.substring(0, cut));
                        writer.write(text, cut, text.length() - cut);
                    }
                    case 1 -> writer.write(text.toCharArray(), 0, text.length());
                    case 2 -> text.chars().forEach(writer::write);
                    default -> writer.append(text);
                }
            }

            // then: exactly String.getBytes, unpaired surrogates as '?' included
            assertArrayEquals(whole.toString(), whole.toString().getBytes(StandardCharsets.UTF_8), writer.toByteArray());
        }
    }

    @Test
    public void writer_shouldGrowPastItsFirstBuffer() {
        List<String> lines = new ArrayList<>();
        Utf8BufferWriter writer = new Utf8BufferWriter(16);
        for (int i = 0; i < 5_000; i++) {
            String line = "<option value=\"user" + i + "\">Zoë " + i + " \u2026</option>\n";
            lines.add(line);
            writer.write(line);
        }
        assertArrayEquals(String.join("", lines).getBytes(StandardCharsets.UTF_8), writer.toByteArray());
    }
}

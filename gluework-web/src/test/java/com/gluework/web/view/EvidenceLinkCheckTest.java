package com.gluework.web.view;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.core.service.ContributionRules;
import org.junit.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * {@link ContributionRules#checkEvidenceLink} (the panel's check of a stored link, without parsing it again) answers
 * exactly as {@link ContributionRules#parseEvidenceLink} of the link's text, for every hostile string that is a URI at
 * all, alone and appended to an http(s) address: the XSS payload list, the naughty strings, and hand-picked cases.
 */
public class EvidenceLinkCheckTest {

    @Test
    public void checkEvidenceLink_shouldAnswerAsParsingTheStoredTextAgain() throws IOException {
        // given: every candidate a store could hand back as a URI
        Path data = Path.of(System.getProperty("gluework.testdata", "../testdata"));
        List<String> texts = new ArrayList<>(List.of("https://example.com/a", "HTTPS://example.com/a", "http://h",
                "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "/relative", "//example.com/x",
                "https:///nohost", "mailto:a@example.com", "http://example.com/" + "a".repeat(2_000),
                "http://[::1]:8080/p?q=1#f", "http://user@example.com/", "ftp://example.com/"));
        for (String payload : Files.readAllLines(data.resolve("payloadbox__xss-payload-list/Intruder/xss-payload-list.txt"),
                StandardCharsets.UTF_8)) {
            texts.add(payload);
            texts.add("https://example.com/" + payload);
        }
        for (String naughty : new ObjectMapper().readValue(
                data.resolve("minimaxir__big-list-of-naughty-strings/blns.json").toFile(), new TypeReference<List<String>>() { })) {
            texts.add(naughty);
            texts.add("http://" + naughty);
        }

        // when / then
        int uris = 0;
        int accepted = 0;
        for (String text : texts) {
            URI stored;
            try {
                stored = new URI(text);
            } catch (URISyntaxException e) {
                continue; // a store of URIs cannot hold it
            }
            uris++;
            Optional<URI> reparsed = ContributionRules.parseEvidenceLink(stored.toString());
            Optional<URI> checked = ContributionRules.checkEvidenceLink(stored);
            assertEquals(text, reparsed, checked);
            assertEquals(text, reparsed.map(URI::toString), checked.map(URI::toString));
            if (checked.isPresent()) {
                accepted++;
            }
        }
        assertTrue("enough URIs among the inputs: " + uris, uris > 300);
        assertTrue("some accepted: " + accepted, accepted > 50);
        assertEquals(Optional.empty(), ContributionRules.checkEvidenceLink(null));
    }
}

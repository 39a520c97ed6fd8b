package com.gluework.jira.descriptor;

import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * In {@code -Patlassian} the platform BOM must set the version of every library the platform provides: Maven lets a
 * POM's own {@code dependencyManagement} entries win over an imported BOM, so the parent may pin such a library only
 * in its {@code central-pins} profile, which {@code -Patlassian} switches off.
 */
public class ParentPomTest {
    /** Libraries the platform provides (groupId, or groupId:artifactId). */
    private static final List<String> PLATFORM_LIBRARIES = List.of("jakarta.ws.rs", "jakarta.servlet", "jakarta.inject",
            "jakarta.annotation", "com.fasterxml.jackson.core", "org.slf4j:slf4j-api",
            "net.java.dev.activeobjects:activeobjects-core", "net.java.dev.activeobjects:activeobjects-test");

    private final Element project = parse(Path.of("..", "pom.xml"));

    @Test
    public void platformLibraries_shouldBePinnedOnlyInTheCentralPinsProfile() {
        List<String> pinnedOutside = new ArrayList<>();
        Element management = child(project, "dependencyManagement").flatMap(m -> child(m, "dependencies")).orElseThrow();
        for (Element dependency : children(management, "dependency")) {
            String coordinates = text(dependency, "groupId") + ":" + text(dependency, "artifactId");
            if (PLATFORM_LIBRARIES.stream().anyMatch(lib -> coordinates.equals(lib) || coordinates.startsWith(lib + ":"))) {
                pinnedOutside.add(coordinates);
            }
        }
        assertEquals("pinned where -Patlassian would override the platform BOM", List.of(), pinnedOutside);
    }

    @Test
    public void centralPins_shouldBeOnByDefaultAndTheAtlassianProfileShouldImportThePlatformBom() {
        Element centralPins = profile("central-pins");
        assertEquals("true", child(centralPins, "activation").map(a -> text(a, "activeByDefault")).orElse(""));
        Element atlassian = profile("atlassian");
        List<String> imports = child(atlassian, "dependencyManagement").flatMap(m -> child(m, "dependencies"))
                .map(d -> children(d, "dependency")).orElse(List.of()).stream()
                .filter(d -> "import".equals(text(d, "scope"))).map(d -> text(d, "artifactId")).toList();
        assertTrue(imports.toString(), imports.contains("platform-public-api"));
    }

    private Element profile(String id) {
        return child(project, "profiles").map(p -> children(p, "profile")).orElse(List.of()).stream()
                .filter(p -> id.equals(text(p, "id"))).findFirst().orElseThrow(() -> new AssertionError("no profile " + id));
    }

    private static Element parse(Path pom) {
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
            return document.getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pom.toAbsolutePath(), e);
        }
    }

    private static Optional<Element> child(Element parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().trim()).orElse("");
    }
}

package com.gluework.core.architecture;

import org.junit.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The project must build, test and document itself from its own checkout: a clone has no reference library beside it.
 * Fails on any file of the repository that points at a folder outside the checkout (the build machines' old
 * {@code shared} folder, by relative or absolute path). Walks the working tree rather than asking git, so it also
 * holds for a source archive; build output and installed front-end packages are not the repository's own files.
 */
public class RepositoryStandsAloneTest {
    // Built from pieces so that this file does not match itself.
    private static final List<String> OUTSIDE_PATHS = List.of(".." + "/shared", "/work/" + "shared");
    private static final Set<String> NOT_OURS = Set.of("target", "node_modules", ".git", "data", ".idea");

    @Test
    public void noTrackedFileReferencesAFolderOutsideTheCheckout() throws IOException {
        Path root = repositoryRoot();
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .filter(file -> isOurs(root, file))
                    .forEach(file -> {
                        String text = readLeniently(file);
                        for (String outside : OUTSIDE_PATHS) {
                            if (text.contains(outside)) {
                                offenders.add(root.relativize(file) + " mentions " + outside);
                            }
                        }
                    });
        }
        assertEquals("Copy what these files need into the repository (testdata/, docs/)", List.of(), offenders);
    }

    @Test
    public void theThirdPartyTestDataIsInTheRepositoryWithItsLicences() throws IOException {
        Path testdata = repositoryRoot().resolve("testdata");
        assertTrue("testdata/SOURCES.md", Files.isRegularFile(testdata.resolve("SOURCES.md")));
        try (Stream<Path> sources = Files.list(testdata)) {
            sources.filter(Files::isDirectory)
                    .filter(folder -> folder.getFileName().toString().contains("__"))
                    .forEach(folder -> assertTrue(folder + " has no LICENSE", Files.isRegularFile(folder.resolve("LICENSE"))));
        }
    }

    private static boolean isOurs(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (NOT_OURS.contains(part.toString())) {
                return false;
            }
        }
        String name = file.getFileName().toString();
        return !name.endsWith(".png") && !name.endsWith(".jar");
    }

    private static String readLeniently(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder with the parent POM: this module's parent directory, as Maven runs tests from the module. */
    private static Path repositoryRoot() {
        Path module = Path.of("").toAbsolutePath();
        Path root = module.getParent();
        assertTrue("expected the parent POM beside " + module, Files.isRegularFile(root.resolve("pom.xml")));
        return root;
    }
}

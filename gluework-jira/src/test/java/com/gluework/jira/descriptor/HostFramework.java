package com.gluework.jira.descriptor;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An Apache Felix framework that offers a plugin bundle what Jira or Confluence would: the product's own packages from
 * the system bundle, and stub bundles for the packages other plugins export (Active Objects, REST, Jira Software …),
 * as listed in {@code osgi/host-exports.txt}. {@link #install} then answers what went wrong when the plugin jar is
 * installed and resolved there, as sentences; empty when it resolves and every import it makes is wired, except the
 * packages of plugins that are not installed.
 */
public final class HostFramework implements AutoCloseable {
    static final String EXPORTS = "osgi/host-exports.txt";

    private final Framework framework;
    private final Path storage;
    private final Set<String> absentPackages = new TreeSet<>();

    /**
     * @param hosts the {@code host} column values to offer, e.g. {@code jira} and {@code jira-software}; the lines of
     *              other hosts are not offered (their packages count as absent)
     */
    public HostFramework(Collection<String> hosts) {
        List<Export> exports = readExports();
        exports.stream().filter(e -> !hosts.contains(e.host())).forEach(e -> absentPackages.add(e.pkg()));
        List<Export> offered = exports.stream().filter(e -> hosts.contains(e.host())).toList();
        try {
            storage = Files.createTempDirectory("gluework-felix");
            Map<String, String> config = new HashMap<>();
            config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
            config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
            // Exactly the product's packages; nothing from the JVM class path leaks in.
            config.put(Constants.FRAMEWORK_SYSTEMPACKAGES, offered.stream().filter(e -> e.provider().equals("system"))
                    .map(Export::clause).collect(Collectors.joining(",")));
            framework = new FrameworkFactory().newFramework(config);
            framework.start();
            Map<String, List<Export>> byPlugin = new LinkedHashMap<>();
            offered.stream().filter(e -> !e.provider().equals("system"))
                    .forEach(e -> byPlugin.computeIfAbsent(e.provider(), p -> new ArrayList<>()).add(e));
            for (Map.Entry<String, List<Export>> plugin : byPlugin.entrySet()) {
                framework.getBundleContext().installBundle("stub:" + plugin.getKey(), stubBundle(plugin.getKey(), plugin.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BundleException e) {
            throw new IllegalStateException("Felix did not start", e);
        }
    }

    /** Installs and resolves the plugin jar; the problems found (not resolved, an offered import left unwired, no Spring context). */
    public List<String> install(Path pluginJar) {
        List<String> problems = new ArrayList<>();
        Bundle bundle;
        try (InputStream in = Files.newInputStream(pluginJar)) {
            bundle = framework.getBundleContext().installBundle(pluginJar.toUri().toString(), in);
        } catch (IOException | BundleException e) {
            return List.of("the plugin framework would refuse to install " + pluginJar.getFileName() + ": " + e.getMessage());
        }
        if (!framework.adapt(FrameworkWiring.class).resolveBundles(List.of(bundle))) {
            return List.of("the bundle does not resolve (a mandatory import has no exporter of a matching version)");
        }
        Set<String> wired = new TreeSet<>();
        for (BundleWire wire : bundle.adapt(BundleWiring.class).getRequiredWires("osgi.wiring.package")) {
            wired.add((String) wire.getCapability().getAttributes().get("osgi.wiring.package"));
        }
        for (String clause : DescriptorChecks.importPackageClauses(bundle.getHeaders().get(Constants.IMPORT_PACKAGE))) {
            String pkg = clause.split(";")[0].trim();
            if (!wired.contains(pkg) && !absentPackages.contains(pkg)) {
                problems.add("import not wired although the host offers or should offer it: " + clause);
            }
        }
        if (bundle.getHeaders().get("Spring-Context") == null) {
            problems.add("no Spring-Context header");
        }
        Enumeration<?> springFiles = bundle.findEntries("META-INF/spring", "*.xml", false);
        if (springFiles == null || !springFiles.hasMoreElements()) {
            problems.add("no Spring context file in META-INF/spring");
        }
        if (bundle.getEntry("META-INF/plugin-components/imports") == null) {
            problems.add("no Spring Scanner index META-INF/plugin-components/imports");
        }
        return problems;
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
        try (Stream<Path> files = Files.walk(storage)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static InputStream stubBundle(String name, List<Export> exports) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, "stub." + name);
        main.putValue(Constants.EXPORT_PACKAGE, exports.stream().map(Export::clause).collect(Collectors.joining(",")));
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(jar, manifest)) {
            out.flush();
        }
        return new ByteArrayInputStream(jar.toByteArray());
    }

    static List<Export> readExports() {
        try (InputStream in = HostFramework.class.getClassLoader().getResourceAsStream(EXPORTS)) {
            if (in == null) {
                throw new IllegalStateException(EXPORTS + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s+", 6))
                    .map(cols -> new Export(cols[0], cols[1], cols[2], cols[3], cols[4], cols.length > 5 ? cols[5] : ""))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of {@code osgi/host-exports.txt}. */
    record Export(String host, String provider, String pkg, String version, String status, String evidence) {
        String clause() {
            return pkg + ";version=\"" + version + "\"";
        }
    }
}

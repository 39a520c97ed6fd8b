package com.gluework.jira.descriptor;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Static checks of a built Atlassian plugin jar against its {@code atlassian-plugin.xml}, shared by the Jira and
 * Confluence plugins' descriptor tests (gluework-confluence uses gluework-jira's test-jar). Every check returns the
 * problems it found as sentences, empty when all is well, so a failing test names each problem.
 * <p>
 * What is "in the plugin" is decided by the jar's entries; classes are then loaded from the test class path (which
 * holds the same classes) to inspect supertypes, methods and annotations. Annotations are compared by name, so the
 * checks work against the stand-ins and against the real Atlassian jars alike.
 */
public final class DescriptorChecks {
    public static final String DESCRIPTOR = "atlassian-plugin.xml";
    private static final String REST_ACCESS_PACKAGE = "com.atlassian.plugins.rest.api.security.annotation.";
    private static final Set<String> REST_ACCESS_ANNOTATIONS = Set.of("AdminOnly", "AnonymousSiteAccess", "LicensedOnly",
            "SystemAdminOnly", "UnlicensedSiteAccess", "UnrestrictedAccess");
    private static final String HTTP_SERVLET = "jakarta.servlet.http.HttpServlet";
    private static final String COMPONENT_IMPORT = "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport";
    private static final Pattern ALLOWLIST_ENTRY = Pattern.compile("([\\w.$]+)#(\\w+)\\(([^)]*)\\)");
    private static final Pattern TEMPLATE_I18N = Pattern.compile("\\$!?\\{?i18n\\.getText\\(\\s*[\"']([^\"']+)[\"']");
    private static final Pattern JS_I18N = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*[\"']([^\"']+)[\"']");
    private static final Pattern FOREACH = Pattern.compile("#\\{?foreach\\}?\\s*\\(\\s*\\$(\\w+)\\s+in\\s+\\$!?\\{?(\\w+(?:\\.\\w+(?:\\([^()]*\\))?)*)\\}?\\s*\\)");
    private static final Pattern REFERENCE = Pattern.compile("\\$!?\\{?(\\w+)((?:\\.\\w+(?:\\([^()]*\\))?)+)");
    private static final Pattern SEGMENT = Pattern.compile("\\.(\\w+)(\\(([^()]*)\\))?");
    private static final Map<String, Class<?>> PRIMITIVES = Map.of("boolean", boolean.class, "byte", byte.class,
            "char", char.class, "short", short.class, "int", int.class, "long", long.class, "float", float.class,
            "double", double.class);

    private final ZipFile jar;
    private final Set<String> entries;
    private final Element plugin;
    private final ClassLoader classes;

    private DescriptorChecks(ZipFile jar, ClassLoader classes) {
        this.jar = jar;
        this.classes = classes;
        this.entries = new TreeSet<>(jar.stream().map(ZipEntry::getName).toList());
        this.plugin = parse(DESCRIPTOR).getDocumentElement();
    }

    /** Opens a built plugin jar; classes are inspected through the caller's class path. */
    public static DescriptorChecks of(Path pluginJar) {
        try {
            return new DescriptorChecks(new ZipFile(pluginJar.toFile()), DescriptorChecks.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open plugin jar " + pluginJar + " (run `mvn verify`, not `mvn test`)", e);
        }
    }

    /** The plugin jar named by the system property the plugin poms pass to failsafe. */
    public static DescriptorChecks ofBuiltPluginJar() {
        String jarPath = System.getProperty("gluework.pluginJar");
        if (jarPath == null) {
            throw new IllegalStateException("System property gluework.pluginJar is not set; run the *IT tests with failsafe");
        }
        return of(Path.of(jarPath));
    }

    public String pluginKey() {
        return plugin.getAttribute("key");
    }

    // ---------------------------------------------------------------- plugin-info

    /** Both Data Center params Marketplace requires, with their exact values. */
    public List<String> dataCenterParamsDeclared() {
        List<String> problems = new ArrayList<>();
        Map<String, String> params = new HashMap<>();
        for (Element info : children(plugin, "plugin-info")) {
            for (Element param : children(info, "param")) {
                params.put(param.getAttribute("name"), param.getTextContent().strip());
            }
        }
        expectParam(params, "atlassian-data-center-status", "compatible", problems);
        expectParam(params, "atlassian-data-center-compatible", "true", problems);
        if (pluginKey().isBlank() || pluginKey().contains("${")) {
            problems.add("the plugin key is not filled in: '" + pluginKey() + "'");
        }
        return problems;
    }

    // ---------------------------------------------------------------- classes

    /**
     * Every {@code class} attribute in the descriptor names a class in the jar with the supertype its element needs.
     * An element missing from {@code supertypeByElement} is reported, so a new kind of module cannot go unchecked.
     */
    public List<String> moduleClassesHaveSupertypes(Map<String, Class<?>> supertypeByElement) {
        List<String> problems = new ArrayList<>();
        for (Element element : descendants(plugin)) {
            String className = element.getAttribute("class");
            if (className.isEmpty()) {
                continue;
            }
            Class<?> expected = supertypeByElement.get(element.getTagName());
            Optional<Class<?>> type = bundledClass(className, "<" + element.getTagName() + " class>", problems);
            if (expected == null) {
                problems.add("<" + element.getTagName() + " class=\"" + className + "\">: no expected supertype known for this element");
            } else if (type.isPresent() && !expected.isAssignableFrom(type.get())) {
                problems.add(className + " (in <" + element.getTagName() + ">) does not implement " + expected.getName());
            }
        }
        return problems;
    }

    // ---------------------------------------------------------------- servlets and web items

    /**
     * Every {@code <servlet>} names a class in the jar that extends {@code jakarta.servlet.http.HttpServlet} (the Platform 8 servlet API)
     * and maps at least one {@code <url-pattern>} starting with "/" (served under {@code /plugins/servlet}).
     */
    public List<String> servletsDeclared() {
        List<String> problems = new ArrayList<>();
        Optional<Class<?>> httpServlet = loadClass(HTTP_SERVLET);
        if (httpServlet.isEmpty()) {
            return List.of(HTTP_SERVLET + " is not on the class path, so no <servlet> can be checked");
        }
        for (Element servlet : descendants(plugin, "servlet")) {
            String where = "<servlet key=\"" + servlet.getAttribute("key") + "\">";
            String className = servlet.getAttribute("class");
            if (className.isEmpty()) {
                problems.add(where + " has no class");
            } else {
                bundledClass(className, where, problems).filter(type -> !httpServlet.get().isAssignableFrom(type))
                        .ifPresent(type -> problems.add(where + ": " + className + " does not extend " + HTTP_SERVLET));
            }
            List<String> patterns = children(servlet, "url-pattern").stream().map(e -> e.getTextContent().strip()).toList();
            if (patterns.isEmpty()) {
                problems.add(where + " has no <url-pattern>, so it serves nothing");
            }
            patterns.stream().filter(pattern -> !pattern.startsWith("/"))
                    .forEach(pattern -> problems.add(where + ": <url-pattern> '" + pattern + "' does not start with /"));
        }
        return problems;
    }

    /**
     * Every {@code <web-item>} is placed in a {@code section}, has a {@code <label key>} that exists in the i18n bundles
     * (an item without a text is an empty entry in Jira's menus) and a non-empty {@code <link>}.
     */
    public List<String> webItemsDeclared() {
        List<String> problems = new ArrayList<>();
        Properties bundle = i18nBundle();
        for (Element item : descendants(plugin, "web-item")) {
            String where = "<web-item key=\"" + item.getAttribute("key") + "\">";
            if (item.getAttribute("section").isBlank()) {
                problems.add(where + " has no section");
            }
            List<String> labelKeys = children(item, "label").stream().map(e -> e.getAttribute("key")).toList();
            if (labelKeys.isEmpty() || labelKeys.get(0).isBlank()) {
                problems.add(where + " has no <label key>");
            } else if (!bundle.containsKey(labelKeys.get(0))) {
                problems.add(where + ": label key '" + labelKeys.get(0) + "' is missing from the i18n bundles");
            }
            if (children(item, "link").stream().allMatch(link -> link.getTextContent().isBlank())) {
                problems.add(where + " has no <link>");
            }
        }
        return problems;
    }

    // ---------------------------------------------------------------- resources and i18n

    /** Every velocity, download and i18n resource the descriptor names is in the jar. */
    public List<String> resourcesExist() {
        List<String> problems = new ArrayList<>();
        for (Element resource : descendants(plugin, "resource")) {
            String location = resource.getAttribute("location");
            String path = "i18n".equals(resource.getAttribute("type")) ? location.replace('.', '/') + ".properties" : location;
            if (location.isEmpty() || !entries.contains(stripSlash(path))) {
                problems.add("resource '" + resource.getAttribute("name") + "' (" + resource.getAttribute("type")
                        + "): " + path + " is not in the jar");
            }
        }
        return problems;
    }

    /**
     * Every i18n key the descriptor ({@code key}/{@code i18n-name-key} attributes, macro-browser keys), the jar's
     * Velocity templates ({@code $i18n.getText("…")}) and its web-resource scripts ({@code AJS.I18n.getText('…')})
     * use exists in one of the descriptor's i18n bundles.
     */
    public List<String> i18nKeysExist() {
        Properties bundle = i18nBundle();
        Map<String, String> used = new LinkedHashMap<>();
        for (Element element : descendants(plugin)) {
            String where = "<" + element.getTagName() + "> in " + DESCRIPTOR;
            if (Set.of("label", "description", "tooltip").contains(element.getTagName()) && !element.getAttribute("key").isEmpty()) {
                used.putIfAbsent(element.getAttribute("key"), where);
            }
            if (!element.getAttribute("i18n-name-key").isEmpty()) {
                used.putIfAbsent(element.getAttribute("i18n-name-key"), where);
            }
            if (element.getTagName().equals("xhtml-macro")) {
                // Confluence's macro browser looks these up by convention: {pluginKey}.{macroName}.label / .desc.
                String prefix = pluginKey() + "." + element.getAttribute("name");
                used.putIfAbsent(prefix + ".label", where + " (macro browser title)");
                used.putIfAbsent(prefix + ".desc", where + " (macro browser description)");
                // ... and each parameter's label as {pluginKey}.{macroName}.param.{parameterName}.label.
                for (Element parameter : descendants(element, "parameter")) {
                    used.putIfAbsent(prefix + ".param." + parameter.getAttribute("name") + ".label",
                            where + " (macro browser parameter label)");
                }
            }
        }
        for (String template : entries) {
            if (template.endsWith(".vm")) {
                keysIn(text(template), TEMPLATE_I18N).forEach(key -> used.putIfAbsent(key, template));
            }
        }
        for (Element resource : descendants(plugin, "resource")) {
            String location = resource.getAttribute("location");
            if ("download".equals(resource.getAttribute("type")) && location.endsWith(".js") && entries.contains(location)) {
                String code = text(location).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
                keysIn(code, JS_I18N).forEach(key -> used.putIfAbsent(key, location));
            }
        }
        List<String> problems = new ArrayList<>();
        used.forEach((key, where) -> {
            if (!bundle.containsKey(key)) {
                problems.add("i18n key '" + key + "' used in " + where + " is missing from the i18n bundles");
            }
        });
        if (used.isEmpty()) {
            problems.add("no i18n key found at all; the checker is not looking in the right places");
        }
        return problems;
    }

    // ---------------------------------------------------------------- Active Objects

    /** The {@code <ao>} module lists exactly {@code entities}, each in the jar, under the expected namespace. */
    public List<String> aoEntitiesMatch(Collection<? extends Class<?>> entities, String namespace) {
        List<String> problems = new ArrayList<>();
        List<Element> aoModules = descendants(plugin, "ao");
        if (aoModules.size() != 1) {
            return List.of("expected exactly one <ao> module, found " + aoModules.size());
        }
        Element ao = aoModules.get(0);
        if (!namespace.equals(ao.getAttribute("namespace"))) {
            problems.add("<ao namespace=\"" + ao.getAttribute("namespace") + "\"> should be " + namespace);
        }
        Set<String> listed = new LinkedHashSet<>();
        for (Element entity : children(ao, "entity")) {
            String name = entity.getTextContent().strip();
            listed.add(name);
            bundledClass(name, "<ao><entity>", problems);
        }
        Set<String> expected = new LinkedHashSet<>(entities.stream().map(Class::getName).toList());
        expected.stream().filter(e -> !listed.contains(e)).forEach(e -> problems.add("entity " + e + " is not listed in <ao>"));
        listed.stream().filter(l -> !expected.contains(l)).forEach(l -> problems.add("<ao> lists " + l + ", which is not a Glue Work entity"));
        return problems;
    }

    /**
     * The {@code <ao>} module's {@code <upgradeTask>} elements name exactly these classes, each bundled: the AO plugin
     * runs only the tasks the descriptor lists, so a task missing there would silently never run in the product.
     */
    public List<String> aoUpgradeTasksMatch(Collection<? extends Class<?>> tasks) {
        List<String> problems = new ArrayList<>();
        List<Element> aoModules = descendants(plugin, "ao");
        if (aoModules.size() != 1) {
            return List.of("expected exactly one <ao> module, found " + aoModules.size());
        }
        List<String> listed = new ArrayList<>();
        for (Element task : children(aoModules.get(0), "upgradeTask")) {
            String name = task.getTextContent().strip();
            listed.add(name);
            bundledClass(name, "<ao><upgradeTask>", problems);
        }
        List<String> expected = tasks.stream().map(Class::getName).toList();
        expected.stream().filter(e -> !listed.contains(e)).forEach(e -> problems.add("upgrade task " + e + " is not listed in <ao>"));
        listed.stream().filter(l -> !expected.contains(l)).forEach(l -> problems.add("<ao> lists upgrade task " + l + ", which is not a Glue Work upgrade task"));
        return problems;
    }

    // ---------------------------------------------------------------- Velocity allowlist

    /**
     * Every {@code velocity-allowlist} entry names an existing public method of a bundled class with exactly that
     * signature, the entries are sorted and unique, and they are exactly the methods the templates call on our classes.
     *
     * @param templateRoots per template path in the jar, the type of each context variable our code puts there
     */
    public List<String> velocityAllowlistComplete(Map<String, Map<String, Class<?>>> templateRoots) {
        List<String> problems = new ArrayList<>();
        List<String> allowlist = new ArrayList<>();
        for (Element list : descendants(plugin, "velocity-allowlist")) {
            children(list, "method").forEach(m -> allowlist.add(m.getTextContent().strip()));
        }
        List<String> sorted = allowlist.stream().sorted().distinct().toList();
        if (!allowlist.equals(sorted)) {
            problems.add("velocity-allowlist entries are not sorted and unique; expected order:\n  " + String.join("\n  ", sorted));
        }
        for (String entry : allowlist) {
            checkAllowlistEntry(entry, problems);
        }
        Set<String> needed = new TreeSet<>();
        templateRoots.forEach((template, roots) -> {
            if (!entries.contains(template)) {
                problems.add("template " + template + " is not in the jar");
            } else {
                needed.addAll(methodsCalledByTemplate(template, text(template), roots, problems));
            }
        });
        List<String> missing = needed.stream().filter(m -> !allowlist.contains(m)).toList();
        if (!missing.isEmpty()) {
            problems.add("methods called by templates but not allowlisted:\n  " + String.join("\n  ", missing));
        }
        List<String> unused = allowlist.stream().filter(m -> !needed.contains(m)).toList();
        if (!unused.isEmpty()) {
            problems.add("allowlisted methods no checked template calls (remove them):\n  " + String.join("\n  ", unused));
        }
        return problems;
    }

    private void checkAllowlistEntry(String entry, List<String> problems) {
        Matcher m = ALLOWLIST_ENTRY.matcher(entry);
        if (!m.matches()) {
            problems.add("velocity-allowlist entry '" + entry + "' is not in the form fully.qualified.Class#method(param.Types)");
            return;
        }
        Optional<Class<?>> owner = bundledClass(m.group(1), "velocity-allowlist entry " + entry, problems);
        if (owner.isEmpty()) {
            return;
        }
        try {
            List<Class<?>> parameterTypes = new ArrayList<>();
            for (String typeName : m.group(3).isBlank() ? new String[0] : m.group(3).split(",")) {
                parameterTypes.add(typeNamed(typeName.strip()));
            }
            Method method = owner.get().getMethod(m.group(2), parameterTypes.toArray(new Class<?>[0]));
            if (!Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
                problems.add("velocity-allowlist entry " + entry + ": declared in a non-public class");
            }
        } catch (NoSuchMethodException | ClassNotFoundException e) {
            problems.add("velocity-allowlist entry " + entry + " names no public method with that exact signature");
        }
    }

    private Set<String> methodsCalledByTemplate(String template, String source, Map<String, Class<?>> roots, List<String> problems) {
        String code = source.replaceAll("(?s)#\\*.*?\\*#", "").replaceAll("(?m)##.*$", "");
        Map<String, Type> variables = new LinkedHashMap<>(roots);
        Set<String> called = new TreeSet<>();
        Matcher loop = FOREACH.matcher(code);
        while (loop.find()) {
            Optional<Type> collection = resolve(template, loop.group(2), variables, called, problems);
            collection.map(DescriptorChecks::elementType).ifPresent(element -> {
                Type previous = variables.putIfAbsent(loop.group(1), element);
                if (previous != null && !previous.equals(element)) {
                    problems.add(template + ": $" + loop.group(1) + " is bound to two different types");
                }
            });
        }
        // Restart just after each "$" so references inside method arguments ($i18n.getText("k", $row.name)) count too.
        Matcher reference = REFERENCE.matcher(code);
        for (int from = 0; reference.find(from); from = reference.start() + 1) {
            resolve(template, reference.group(1) + reference.group(2), variables, called, problems);
        }
        return called;
    }

    /** Walks {@code var.a.b(…)}, recording each method used on our own classes; stops at JDK and host types. */
    private Optional<Type> resolve(String template, String chain, Map<String, Type> variables, Set<String> called, List<String> problems) {
        String variable = chain.contains(".") ? chain.substring(0, chain.indexOf('.')) : chain;
        Type current = variables.get(variable);
        if (current == null) {
            return Optional.empty(); // $i18n, $req, or a variable our code does not put into the context
        }
        Matcher segment = SEGMENT.matcher(chain.substring(variable.length()));
        while (segment.find() && current != null) {
            Class<?> owner = rawClass(current);
            if (!owner.getName().startsWith("com.gluework.")) {
                return Optional.of(current); // JDK types (String, List …) need no allowlisting
            }
            String name = segment.group(1);
            Optional<Method> method = segment.group(2) == null ? getter(owner, name) : methodNamed(owner, name, arity(segment.group(3)));
            if (method.isEmpty()) {
                problems.add(template + ": $" + chain + " — " + owner.getName() + " has no public "
                        + (segment.group(2) == null ? "getter for '" + name + "'" : "method " + name + " with that many arguments"));
                return Optional.empty();
            }
            called.add(signature(owner, method.get()));
            current = method.get().getGenericReturnType();
        }
        return Optional.ofNullable(current);
    }

    // ---------------------------------------------------------------- REST

    /** Every JAX-RS resource class in each {@code <rest>} module's packages carries a REST v2 access annotation. */
    public List<String> restResourcesHaveAccessAnnotations() {
        List<String> problems = new ArrayList<>();
        for (Class<?> resource : restResourceClasses()) {
            if (hasAccessAnnotation(resource)) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && isResourceMethod(method) && !hasAccessAnnotation(method)) {
                    problems.add(resource.getName() + "#" + method.getName() + " has no REST v2 access annotation "
                            + "(on the method or the class): one of " + new TreeSet<>(REST_ACCESS_ANNOTATIONS));
                }
            }
        }
        return problems;
    }

    /** The {@code @Path} classes in the descriptor's REST packages (and their sub-packages) found in the jar. */
    public List<Class<?>> restResourceClasses() {
        List<Class<?>> resources = new ArrayList<>();
        for (Element rest : descendants(plugin, "rest")) {
            for (Element pkg : children(rest, "package")) {
                String prefix = pkg.getTextContent().strip().replace('.', '/') + "/";
                for (String entry : entries) {
                    if (entry.startsWith(prefix) && entry.endsWith(".class") && !entry.contains("$")) {
                        loadClass(entry.substring(0, entry.length() - 6).replace('/', '.'))
                                .filter(type -> annotationNamed(type, "jakarta.ws.rs.Path").isPresent())
                                .ifPresent(resources::add);
                    }
                }
            }
        }
        return resources;
    }

    // ---------------------------------------------------------------- packaging

    /** No stand-in (or any other {@code com.atlassian}) class, and no Spring Scanner annotation classes or jars. */
    public List<String> noHostClassesBundled() {
        List<String> problems = new ArrayList<>();
        for (String entry : entries) {
            if (entry.startsWith("com/atlassian/plugin/spring/scanner/")) {
                problems.add("Spring Scanner annotation class bundled: " + entry);
            } else if (entry.startsWith("com/atlassian/")) {
                problems.add("host (stand-in) class bundled: " + entry);
            } else if (entry.startsWith("META-INF/lib/")
                    && (entry.contains("atlassian-api-standins") || entry.contains("spring-scanner-annotation"))) {
                problems.add("host jar embedded: " + entry);
            }
        }
        return problems;
    }

    // ---------------------------------------------------------------- OSGi manifest and Spring Scanner index

    /** The jar's {@code META-INF/MANIFEST.MF} main attributes. */
    public Attributes manifest() {
        ZipEntry entry = jar.getEntry(JarFile.MANIFEST_NAME);
        if (entry == null) {
            return new Attributes();
        }
        try (InputStream in = jar.getInputStream(entry)) {
            return new Manifest(in).getMainAttributes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An OSGi bundle as the plugin framework installs it: symbolic name and {@code Atlassian-Plugin-Key} equal the
     * descriptor's key, a Spring context, no exports, and no mandatory import of a version range or of a package only
     * an optional plugin exports ({@code optionalOnly}, e.g. Jira Software's).
     */
    public List<String> bundleManifestDeclared(Collection<String> optionalOnly) {
        List<String> problems = new ArrayList<>();
        Attributes manifest = manifest();
        if (!"2".equals(manifest.getValue("Bundle-ManifestVersion"))) {
            problems.add("no OSGi manifest (Bundle-ManifestVersion 2)");
        }
        String symbolicName = Objects.requireNonNullElse(manifest.getValue("Bundle-SymbolicName"), "").split(";")[0];
        if (!pluginKey().equals(symbolicName)) {
            problems.add("Bundle-SymbolicName '" + symbolicName + "' is not the plugin key " + pluginKey());
        }
        if (!pluginKey().equals(manifest.getValue("Atlassian-Plugin-Key"))) {
            problems.add("Atlassian-Plugin-Key '" + manifest.getValue("Atlassian-Plugin-Key") + "' is not the plugin key " + pluginKey());
        }
        if (manifest.getValue("Spring-Context") == null) {
            problems.add("no Spring-Context header: the plugin's Spring context would not be created");
        }
        if (manifest.getValue("Export-Package") != null) {
            problems.add("exports packages: " + manifest.getValue("Export-Package"));
        }
        for (String clause : importPackageClauses(Objects.requireNonNullElse(manifest.getValue("Import-Package"), ""))) {
            String pkg = clause.split(";")[0].trim();
            boolean optional = clause.replace(" ", "").contains("resolution:=optional")
                    || clause.replace(" ", "").contains("resolution:=\"optional\"");
            if (!optional && clause.contains("version=")) {
                problems.add("mandatory import of a version range: " + clause);
            }
            if (!optional && optionalOnly.stream().anyMatch(pkg::startsWith)) {
                problems.add("mandatory import of a package only an optional plugin exports: " + clause);
            }
        }
        return problems;
    }

    /** The clauses of an {@code Import-Package} header (commas inside quoted version ranges do not split). */
    public static List<String> importPackageClauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(clause.toString().trim());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        if (!clause.toString().isBlank()) {
            clauses.add(clause.toString().trim());
        }
        return clauses;
    }

    /**
     * The Spring Scanner index ({@code META-INF/plugin-components/imports}, one {@code type#beanName} a line) lists
     * exactly the {@code @ComponentImport}s of the plugin's {@code ComponentImports} class, and the plugin has no
     * {@code component} index because none of its classes is a scanned {@code @Component}.
     */
    public List<String> scannerIndexMatches(Class<?> componentImports) {
        List<String> problems = new ArrayList<>();
        String index = "META-INF/plugin-components/imports";
        if (!entries.contains(index)) {
            return List.of("no Spring Scanner index " + index + ": none of the host services would be imported");
        }
        Set<String> indexed = new TreeSet<>(text(index).lines().map(String::trim).filter(l -> !l.isEmpty()).toList());
        Set<String> declared = new TreeSet<>();
        componentImports(componentImports).forEach((name, type) -> declared.add(type.getName() + "#" + name));
        for (String line : indexed) {
            if (!declared.contains(line)) {
                problems.add("indexed but not a @ComponentImport of " + componentImports.getSimpleName() + ": " + line);
            }
        }
        for (String line : declared) {
            if (!indexed.contains(line)) {
                problems.add("@ComponentImport missing from " + index + ": " + line);
            }
        }
        if (entries.contains("META-INF/plugin-components/component")) {
            problems.add("a component index exists, but Glue Work declares its beans in META-INF/spring XML, not with @Component");
        }
        return problems;
    }

    // ---------------------------------------------------------------- Spring wiring

    /**
     * The {@code @ComponentImport} bean names and types of a {@code ComponentImports} class (fields and constructor
     * parameters), as Spring Scanner registers them.
     */
    public static Map<String, Class<?>> componentImports(Class<?> componentImports) {
        Map<String, Class<?>> imports = new LinkedHashMap<>();
        for (Field field : componentImports.getDeclaredFields()) {
            annotationNamed(field, COMPONENT_IMPORT).ifPresent(a -> imports.put(importName(a, field.getName()), field.getType()));
        }
        for (Constructor<?> constructor : componentImports.getDeclaredConstructors()) {
            for (Parameter parameter : constructor.getParameters()) {
                annotationNamed(parameter, COMPONENT_IMPORT).ifPresent(a -> imports.put(importName(a, parameter.getName()), parameter.getType()));
            }
        }
        return imports;
    }

    /**
     * Every bean in the jar's {@code META-INF/spring/*.xml} names an existing class with a public constructor (or
     * static factory method) taking exactly its arguments, and every {@code ref} is a bean or an import of a type that
     * fits the parameter. Then every constructor parameter of the classes the host instantiates itself (REST
     * resources and providers, and the {@code moduleClasses} named in the descriptor) has exactly one candidate.
     */
    public List<String> springWiringResolves(Map<String, Class<?>> imports) {
        List<String> problems = new ArrayList<>();
        Map<String, Class<?>> beans = new LinkedHashMap<>(imports);
        List<Element> beanElements = new ArrayList<>();
        for (String entry : entries) {
            if (entry.startsWith("META-INF/spring/") && entry.endsWith(".xml")) {
                for (Element bean : descendants(parse(entry).getDocumentElement(), "bean")) {
                    beanElements.add(bean);
                    loadClass(bean.getAttribute("class")).ifPresentOrElse(
                            // an inner bean (inside a constructor-arg or list) has no id and is no one's ref
                            type -> beans.put(bean.getAttribute("id").isEmpty() ? innerBeanId(bean) : bean.getAttribute("id"), type),
                            () -> problems.add(entry + ": bean '" + bean.getAttribute("id") + "' names unknown class " + bean.getAttribute("class")));
                }
            }
        }
        for (Element bean : beanElements) {
            checkBean(bean, beans, problems);
        }
        List<Class<?>> hostCreated = new ArrayList<>(restResourceClasses());
        for (Element element : descendants(plugin)) {
            if (!element.getAttribute("class").isEmpty()) {
                loadClass(element.getAttribute("class")).ifPresent(hostCreated::add);
            }
        }
        for (Class<?> type : hostCreated) {
            Constructor<?>[] constructors = type.getConstructors();
            if (constructors.length != 1) {
                problems.add(type.getName() + " should have exactly one public constructor for injection, has " + constructors.length);
                continue;
            }
            for (Class<?> parameter : constructors[0].getParameterTypes()) {
                List<String> candidates = beans.entrySet().stream()
                        .filter(b -> parameter.isAssignableFrom(b.getValue())).map(Map.Entry::getKey).toList();
                if (candidates.size() != 1) {
                    problems.add(type.getName() + " needs a " + parameter.getName() + ", which " + candidates.size()
                            + " beans provide " + candidates);
                }
            }
        }
        return problems;
    }

    private void checkBean(Element bean, Map<String, Class<?>> beans, List<String> problems) {
        String id = bean.getAttribute("id").isEmpty() ? innerBeanId(bean) : bean.getAttribute("id");
        Class<?> type = beans.get(id);
        if (type == null) {
            return;
        }
        List<Element> args = children(bean, "constructor-arg");
        List<Class<?>> argTypes = new ArrayList<>();
        for (Element arg : args) {
            // a value given inline: a <list> is a java.util.List, an inner <bean> is of its class
            Class<?> argType = !children(arg, "list").isEmpty() ? List.class
                    : !children(arg, "bean").isEmpty() ? beans.get(innerBeanId(children(arg, "bean").get(0)))
                    : beans.get(arg.getAttribute("ref"));
            if (argType == null) {
                problems.add("bean '" + bean.getAttribute("id") + "': ref '" + arg.getAttribute("ref") + "' is neither a bean nor an import");
            }
            argTypes.add(argType);
        }
        String factory = bean.getAttribute("factory-method");
        List<Class<?>[]> signatures = factory.isEmpty()
                ? Arrays.stream(type.getConstructors()).map(Constructor::getParameterTypes).toList()
                : Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(factory) && Modifier.isStatic(m.getModifiers()))
                        .map(Method::getParameterTypes).toList();
        boolean fits = signatures.stream().anyMatch(params -> params.length == argTypes.size()
                && java.util.stream.IntStream.range(0, params.length)
                        .allMatch(i -> argTypes.get(i) == null || params[i].isAssignableFrom(argTypes.get(i))));
        if (!fits) {
            problems.add("bean '" + id + "': " + type.getName() + " has no public "
                    + (factory.isEmpty() ? "constructor" : "static " + factory + " method") + " taking " + argTypes);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A name for an inner bean that no ref can spell (Spring gives them generated names too). */
    private static String innerBeanId(Element bean) {
        return "(inner " + bean.getAttribute("class") + "@" + System.identityHashCode(bean) + ")";
    }

    private Properties i18nBundle() {
        Properties bundle = new Properties();
        for (Element resource : descendants(plugin, "resource")) {
            String path = resource.getAttribute("location").replace('.', '/') + ".properties";
            if ("i18n".equals(resource.getAttribute("type")) && entries.contains(path)) {
                try (InputStream in = jar.getInputStream(jar.getEntry(path))) {
                    bundle.load(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return bundle;
    }

    private Optional<Class<?>> bundledClass(String className, String where, List<String> problems) {
        if (!entries.contains(className.replace('.', '/') + ".class")) {
            problems.add(where + ": class " + className + " is not in the jar");
            return Optional.empty();
        }
        Optional<Class<?>> type = loadClass(className);
        if (type.isEmpty()) {
            problems.add(where + ": class " + className + " is in the jar but cannot be loaded");
        }
        return type;
    }

    private Optional<Class<?>> loadClass(String className) {
        try {
            return Optional.of(Class.forName(className, false, classes));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    private Class<?> typeNamed(String name) throws ClassNotFoundException {
        if (name.endsWith("[]")) {
            return typeNamed(name.substring(0, name.length() - 2)).arrayType();
        }
        Class<?> primitive = PRIMITIVES.get(name);
        return primitive != null ? primitive : Class.forName(name, false, classes);
    }

    private static Optional<Method> getter(Class<?> owner, String property) {
        String capitalized = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String name : List.of("get" + capitalized, "is" + capitalized)) {
            try {
                Method method = owner.getMethod(name);
                if (!name.startsWith("is") || method.getReturnType() == boolean.class) {
                    return Optional.of(method);
                }
            } catch (NoSuchMethodException e) {
                // try the next bean-property spelling
            }
        }
        return Optional.empty();
    }

    private static Optional<Method> methodNamed(Class<?> owner, String name, int arity) {
        return Arrays.stream(owner.getMethods()).filter(m -> m.getName().equals(name) && m.getParameterCount() == arity).findFirst();
    }

    private static int arity(String arguments) {
        return arguments.isBlank() ? 0 : arguments.split(",").length;
    }

    private static String signature(Class<?> owner, Method method) {
        String params = String.join(",", Arrays.stream(method.getParameterTypes()).map(Class::getTypeName).toList());
        return owner.getName() + "#" + method.getName() + "(" + params + ")";
    }

    private static Type elementType(Type collection) {
        if (collection instanceof ParameterizedType parameterized && Iterable.class.isAssignableFrom(rawClass(parameterized))) {
            return parameterized.getActualTypeArguments()[0];
        }
        return collection instanceof Class<?> c && c.isArray() ? c.getComponentType() : Object.class;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return type instanceof Class<?> c ? c : Object.class;
    }

    private static boolean isResourceMethod(Method method) {
        return Arrays.stream(method.getAnnotations()).anyMatch(a -> a.annotationType().getName().equals("jakarta.ws.rs.Path")
                || annotationNamed(a.annotationType(), "jakarta.ws.rs.HttpMethod").isPresent());
    }

    private static boolean hasAccessAnnotation(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations()).map(a -> a.annotationType().getName())
                .anyMatch(n -> n.startsWith(REST_ACCESS_PACKAGE) && REST_ACCESS_ANNOTATIONS.contains(n.substring(REST_ACCESS_PACKAGE.length())));
    }

    private static Optional<Annotation> annotationNamed(AnnotatedElement element, String annotationName) {
        return Arrays.stream(element.getAnnotations()).filter(a -> a.annotationType().getName().equals(annotationName)).findFirst();
    }

    private static String importName(Annotation componentImport, String fallback) {
        try {
            String value = (String) componentImport.annotationType().getMethod("value").invoke(componentImport);
            return value.isEmpty() ? fallback : value;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Unexpected @ComponentImport shape", e);
        }
    }

    private static List<String> keysIn(String text, Pattern pattern) {
        List<String> keys = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static void expectParam(Map<String, String> params, String name, String value, List<String> problems) {
        if (!value.equals(params.get(name))) {
            problems.add("<plugin-info> needs <param name=\"" + name + "\">" + value + "</param>, has " + params.get(name));
        }
    }

    private static String stripSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private String text(String entry) {
        try (InputStream in = jar.getInputStream(jar.getEntry(entry))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document parse(String entry) {
        ZipEntry zipEntry = jar.getEntry(entry);
        if (zipEntry == null) {
            throw new IllegalStateException(entry + " is not in the plugin jar " + jar.getName());
        }
        try (InputStream in = jar.getInputStream(zipEntry)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot parse " + entry, e);
        }
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getTagName().equals(tag)) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<Element> descendants(Element root, String tag) {
        return descendants(root).stream().filter(e -> e.getTagName().equals(tag)).toList();
    }

    private static List<Element> descendants(Element root) {
        List<Element> found = new ArrayList<>();
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            found.add((Element) all.item(i));
        }
        return Collections.unmodifiableList(found);
    }
}

package com.gluework.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.junit.BeforeClass;
import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The OpenAPI 3 document says what the resource classes do: the same paths and methods (read by reflection from the
 * JAX-RS annotations of every resource a host registers), the same status codes as each method's javadoc lists, the
 * media types the methods consume and produce, and DTO schemas with exactly the records' fields.
 */
public class OpenApiDocumentTest {
    static final String DOCUMENT = "openapi/gluework-openapi.json";
    private static final Pattern OUTCOME = Pattern.compile("<li>(\\d{3}) \u2014");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final String DTO_PACKAGE = "com.gluework.web.rest.dto.";

    private static JsonNode document;
    /** "get /issues/{issueKey}/contributions" → the Java methods answering it (two when content types differ). */
    private static Map<String, List<Method>> operations;

    @BeforeClass
    public static void readDocumentAndResources() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            assertNotNull(DOCUMENT + " is on the classpath", in);
            document = new ObjectMapper().readTree(in);
        }
        operations = new TreeMap<>();
        List<Object> resources = new ArrayList<>(GlueWorkRestComponents.resources(
                new GlueWorkRestComponents.Collaborators(null, null, null, null, null, null, null)));
        resources.addAll(GlueWorkRestComponents.reportResources(null, null, null, null, null));
        resources.addAll(GlueWorkRestComponents.careerResources(null, null, null));
        resources.addAll(GlueWorkRestComponents.myGlueResources(null, null, null));
        resources.addAll(GlueWorkRestComponents.definitionResources(null, null));
        resources.addAll(GlueWorkRestComponents.suggestionResources(null, null, null));
        resources.addAll(GlueWorkRestComponents.privacyResources(null, null, null));
        for (Object resource : resources) {
            Class<?> type = resource.getClass();
            for (Method method : type.getDeclaredMethods()) {
                verbOf(method).ifPresent(verb -> operations.computeIfAbsent(verb + " " + pathOf(type, method),
                        k -> new ArrayList<>()).add(method));
            }
        }
    }

    @Test
    public void document_shouldBeOpenApi3() {
        assertTrue(document.path("openapi").asText().startsWith("3."));
        assertEquals("Glue Work REST API", document.path("info").path("title").asText());
        assertTrue(document.path("servers").get(0).path("url").asText().endsWith(GlueWorkRestComponents.BASE_PATH));
    }

    @Test
    public void everyResourceMethod_shouldBeDocumentedAndEveryDocumentedOperationImplemented() {
        // when
        Set<String> documented = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(verb -> {
            if (!verb.equals("parameters")) {
                documented.add(verb + " " + path.getKey());
            }
        }));

        // then
        assertEquals(operations.keySet(), documented);
        assertTrue("found the resources at all", operations.size() >= 10);
    }

    @Test
    public void everyOperation_shouldDocumentExactlyTheStatusCodesItsJavadocLists() throws IOException {
        for (Map.Entry<String, List<Method>> operation : operations.entrySet()) {
            // given
            Set<String> fromJavadoc = new TreeSet<>();
            for (Method method : operation.getValue()) {
                fromJavadoc.addAll(statusCodesInJavadocOf(method));
            }

            // when
            Set<String> documented = new TreeSet<>();
            operationNode(operation.getKey()).path("responses").fieldNames().forEachRemaining(documented::add);

            // then
            assertFalse(operation.getKey() + " has javadoc outcomes", fromJavadoc.isEmpty());
            assertEquals(operation.getKey(), fromJavadoc, documented);
        }
    }

    @Test
    public void everyStateChangingOperation_shouldDocumentThatTheStorageMayBeUnavailable() {
        // Every write can meet a full, read-only or unreachable database; clients must know to send it again (503).
        for (String operation : operations.keySet()) {
            if (operation.startsWith("post ") || operation.startsWith("put ") || operation.startsWith("delete ")) {
                assertTrue(operation + " documents 503", operationNode(operation).path("responses").has("503"));
            }
        }
    }

    @Test
    public void everyOperation_shouldDocumentTheMediaTypesItConsumesAndProduces() {
        for (Map.Entry<String, List<Method>> operation : operations.entrySet()) {
            JsonNode node = operationNode(operation.getKey());
            for (Method method : operation.getValue()) {
                Consumes consumes = method.getAnnotation(Consumes.class);
                if (consumes != null) {
                    for (String type : consumes.value()) {
                        assertTrue(operation.getKey() + " consumes " + type, node.path("requestBody").path("content").has(type));
                    }
                }
                Produces produces = method.getAnnotation(Produces.class);
                if (produces == null) { // only an operation whose success is 204 may say nothing about its body
                    assertTrue(operation.getKey() + " answers 204", node.path("responses").has("204"));
                    assertFalse(operation.getKey() + " has no 200/201", node.path("responses").has("200") || node.path("responses").has("201"));
                    continue;
                }
                JsonNode success = successResponse(node);
                for (String type : produces.value()) {
                    String mediaType = type.split(";")[0];
                    assertTrue(operation.getKey() + " produces " + mediaType, success.path("content").has(mediaType));
                }
            }
        }
    }

    @Test
    public void everyPathParameter_shouldBeDescribed() {
        document.path("paths").fields().forEachRemaining(path -> {
            Matcher m = PATH_PARAMETER.matcher(path.getKey());
            while (m.find()) {
                String name = m.group(1);
                boolean described = false;
                for (JsonNode parameter : path.getValue().path("parameters")) {
                    described |= name.equals(resolve(parameter).path("name").asText())
                            && "path".equals(resolve(parameter).path("in").asText());
                }
                assertTrue(path.getKey() + " describes {" + name + "}", described);
            }
        });
    }

    @Test
    public void everyDtoSchema_shouldHaveExactlyTheFieldsOfItsRecord() throws ClassNotFoundException {
        Iterator<Map.Entry<String, JsonNode>> schemas = document.path("components").path("schemas").fields();
        int checked = 0;
        while (schemas.hasNext()) {
            Map.Entry<String, JsonNode> schema = schemas.next();
            Class<?> dto = Class.forName(DTO_PACKAGE + schema.getKey());
            Set<String> fields = new TreeSet<>(Arrays.stream(dto.getRecordComponents()).map(RecordComponent::getName).toList());
            Set<String> properties = new TreeSet<>();
            schema.getValue().path("properties").fieldNames().forEachRemaining(properties::add);
            assertEquals(schema.getKey(), fields, properties);
            checked++;
        }
        assertTrue(checked >= 10);
    }

    @Test
    public void everyReference_shouldResolve() {
        List<String> dangling = new ArrayList<>();
        collectReferences(document, dangling);
        assertEquals(List.of(), dangling);
    }

    private static void collectReferences(JsonNode node, List<String> dangling) {
        if (node.has("$ref") && resolve(node).isMissingNode()) {
            dangling.add(node.path("$ref").asText());
        }
        node.elements().forEachRemaining(child -> collectReferences(child, dangling));
    }

    /** {@code {"$ref":"#/components/x/y"}} → the node it names; any other node as it is. */
    private static JsonNode resolve(JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        JsonNode target = document;
        for (String part : node.path("$ref").asText().substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }

    private static JsonNode successResponse(JsonNode operation) {
        JsonNode responses = operation.path("responses");
        return resolve(responses.has("200") ? responses.path("200") : responses.path("201"));
    }

    private static JsonNode operationNode(String operation) {
        String verb = operation.substring(0, operation.indexOf(' '));
        return document.path("paths").path(operation.substring(verb.length() + 1)).path(verb);
    }

    private static java.util.Optional<String> verbOf(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return java.util.Optional.of("get");
        } else if (method.isAnnotationPresent(POST.class)) {
            return java.util.Optional.of("post");
        } else if (method.isAnnotationPresent(PUT.class)) {
            return java.util.Optional.of("put");
        } else if (method.isAnnotationPresent(DELETE.class)) {
            return java.util.Optional.of("delete");
        }
        return java.util.Optional.empty();
    }

    private static String pathOf(Class<?> resource, Method method) {
        String path = "/" + resource.getAnnotation(Path.class).value();
        Path sub = method.getAnnotation(Path.class);
        return sub == null ? path : path + "/" + sub.value();
    }

    /** The status codes a method's javadoc lists as {@code <li>404 — …}, read from its source file. */
    private static Set<String> statusCodesInJavadocOf(Method method) throws IOException {
        java.nio.file.Path source = java.nio.file.Path.of("src/main/java",
                method.getDeclaringClass().getName().replace('.', '/') + ".java");
        String text = Files.readString(source, StandardCharsets.UTF_8);
        Matcher declaration = Pattern.compile("public [^;{=]*\\b" + Pattern.quote(method.getName()) + "\\(").matcher(text);
        assertTrue("declaration of " + method, declaration.find());
        int javadocStart = text.lastIndexOf("/**", declaration.start());
        String javadoc = text.substring(javadocStart, text.indexOf("*/", javadocStart));
        Set<String> codes = new TreeSet<>();
        Matcher outcome = OUTCOME.matcher(javadoc);
        while (outcome.find()) {
            codes.add(outcome.group(1));
        }
        return codes;
    }
}

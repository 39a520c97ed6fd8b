package com.gluework.jira.descriptor;

import com.atlassian.plugin.web.ContextProvider;
import com.gluework.jira.descriptor.fixture.NeedsRow;
import com.gluework.jira.descriptor.fixture.PanelFixture;
import com.gluework.jira.descriptor.fixture.RowFixture;
import com.gluework.jira.descriptor.fixture.ServletFixture;
import com.gluework.jira.descriptor.fixture.UnguardedResource;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Each check, fed a small jar with one known defect, reports that defect (and a clean jar reports nothing). */
public class DescriptorChecksTest {
    private static final String FIXTURE = "com.gluework.jira.descriptor.fixture.";

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void velocityAllowlist_shouldAcceptAnExactSortedList() throws IOException {
        // given
        DescriptorChecks checks = jarWith(allowlist(FIXTURE + "PanelFixture#getRows()", FIXTURE + "PanelFixture#getTitle()",
                FIXTURE + "RowFixture#format(int)", FIXTURE + "RowFixture#getName()"), panelTemplate());

        // when
        List<String> problems = checks.velocityAllowlistComplete(panelRoots());

        // then
        assertEquals(List.of(), problems);
    }

    @Test
    public void velocityAllowlist_shouldReportUnsortedWrongAndMissingEntries() throws IOException {
        // given: unsorted, a wrong parameter type, and RowFixture#getName() missing
        DescriptorChecks checks = jarWith(allowlist(FIXTURE + "PanelFixture#getTitle()", FIXTURE + "PanelFixture#getRows()",
                FIXTURE + "RowFixture#format(long)"), panelTemplate());

        // when
        String problems = String.join("\n", checks.velocityAllowlistComplete(panelRoots()));

        // then
        assertTrue(problems, problems.contains("not sorted"));
        assertTrue(problems, problems.contains("RowFixture#format(long) names no public method"));
        assertTrue(problems, problems.contains("not allowlisted:\n  " + FIXTURE + "RowFixture#format(int)\n  " + FIXTURE + "RowFixture#getName()"));
    }

    @Test
    public void velocityAllowlist_shouldReportAGetterTheViewModelDoesNotHave() throws IOException {
        // given
        DescriptorChecks checks = jarWith(allowlist(FIXTURE + "PanelFixture#getTitle()"), Map.of("t.vm", "$panel.titel"));

        // when
        String problems = String.join("\n", checks.velocityAllowlistComplete(Map.of("t.vm", Map.of("panel", PanelFixture.class))));

        // then
        assertTrue(problems, problems.contains("has no public getter for 'titel'"));
    }

    @Test
    public void i18nKeys_shouldReportKeysMissingFromTheBundle() throws IOException {
        // given a label, a template and a script each using one key the bundle lacks
        Map<String, String> files = new LinkedHashMap<>();
        files.put("atlassian-plugin.xml", plugin("""
                <resource type="i18n" name="i18n" location="i18n/test"/>
                <web-panel key="p" location="x"><label key="test.label"/><label key="test.nolabel"/></web-panel>
                <web-resource key="r"><resource type="download" name="a.js" location="js/a.js"/></web-resource>
                """));
        files.put("i18n/test.properties", "test.label=Label\ntest.vm=Template\n");
        files.put("templates/t.vm", "$i18n.getText(\"test.vm\") $i18n.getText('test.novm')");
        files.put("js/a.js", "/* AJS.I18n.getText('in.a.comment') */\nAJS.I18n.getText('test.nojs');");
        DescriptorChecks checks = jar(files);

        // when
        String problems = String.join("\n", checks.i18nKeysExist());

        // then
        assertEquals(3, checks.i18nKeysExist().size());
        assertTrue(problems, problems.contains("'test.nolabel'") && problems.contains("'test.novm'") && problems.contains("'test.nojs'"));
    }

    @Test
    public void resourcesExist_shouldReportAMissingTemplate() throws IOException {
        // given
        DescriptorChecks checks = jar(Map.of("atlassian-plugin.xml", plugin(
                "<web-panel key=\"p\" location=\"x\"><resource name=\"view\" type=\"velocity\" location=\"templates/none.vm\"/></web-panel>")));

        // when / then
        assertEquals(List.of("resource 'view' (velocity): templates/none.vm is not in the jar"), checks.resourcesExist());
    }

    @Test
    public void moduleClasses_shouldReportAWrongSupertypeAndAClassNotInTheJar() throws IOException {
        // given RowFixture is no ContextProvider, and Absent is not bundled
        Map<String, String> files = new LinkedHashMap<>();
        files.put("atlassian-plugin.xml", plugin("<web-panel key=\"a\" location=\"x\"><context-provider class=\"" + FIXTURE + "RowFixture\"/></web-panel>"
                + "<web-panel key=\"b\" location=\"x\"><context-provider class=\"" + FIXTURE + "Absent\"/></web-panel>"));
        files.put(classEntry(RowFixture.class), "");
        DescriptorChecks checks = jar(files);

        // when
        String problems = String.join("\n", checks.moduleClassesHaveSupertypes(Map.of("context-provider", ContextProvider.class)));

        // then
        assertTrue(problems, problems.contains("RowFixture (in <context-provider>) does not implement " + ContextProvider.class.getName()));
        assertTrue(problems, problems.contains("class " + FIXTURE + "Absent is not in the jar"));
    }

    @Test
    public void servlets_shouldAcceptAServletWithAUrlPattern() throws IOException {
        // given
        Map<String, String> files = new LinkedHashMap<>();
        files.put("atlassian-plugin.xml", plugin("<servlet key=\"s\" class=\"" + FIXTURE + "ServletFixture\"><url-pattern>/s</url-pattern></servlet>"));
        files.put(classEntry(ServletFixture.class), "");

        // when / then
        assertEquals(List.of(), jar(files).servletsDeclared());
    }

    @Test
    public void servlets_shouldReportANonServletClassAndAMissingOrRelativeUrlPattern() throws IOException {
        // given RowFixture is no servlet; the second servlet maps nothing, the third a pattern without "/"
        Map<String, String> files = new LinkedHashMap<>();
        files.put("atlassian-plugin.xml", plugin(
                "<servlet key=\"notServlet\" class=\"" + FIXTURE + "RowFixture\"><url-pattern>/a</url-pattern></servlet>"
                + "<servlet key=\"unmapped\" class=\"" + FIXTURE + "ServletFixture\"/>"
                + "<servlet key=\"relative\" class=\"" + FIXTURE + "ServletFixture\"><url-pattern>c</url-pattern></servlet>"));
        files.put(classEntry(RowFixture.class), "");
        files.put(classEntry(ServletFixture.class), "");

        // when
        List<String> problems = jar(files).servletsDeclared();

        // then
        assertEquals(List.of(
                "<servlet key=\"notServlet\">: " + FIXTURE + "RowFixture does not extend jakarta.servlet.http.HttpServlet",
                "<servlet key=\"unmapped\"> has no <url-pattern>, so it serves nothing",
                "<servlet key=\"relative\">: <url-pattern> 'c' does not start with /"), problems);
    }

    @Test
    public void webItems_shouldReportAnUnknownLabelKeyAMissingLabelAndAMissingLink() throws IOException {
        // given one good item and three with one defect each
        Map<String, String> files = new LinkedHashMap<>();
        files.put("atlassian-plugin.xml", plugin("""
                <resource type="i18n" name="i18n" location="i18n/test"/>
                <web-item key="fine" section="s"><label key="test.label"/><link linkId="f">/plugins/servlet/x</link></web-item>
                <web-item key="unknownKey" section="s"><label key="test.nolabel"/><link>/x</link></web-item>
                <web-item key="bare" section="s"><link>/x</link></web-item>
                <web-item key="linkless" section="s"><label key="test.label"/><link> </link></web-item>
                """));
        files.put("i18n/test.properties", "test.label=Label\n");

        // when
        List<String> problems = jar(files).webItemsDeclared();

        // then
        assertEquals(List.of(
                "<web-item key=\"unknownKey\">: label key 'test.nolabel' is missing from the i18n bundles",
                "<web-item key=\"bare\"> has no <label key>",
                "<web-item key=\"linkless\"> has no <link>"), problems);
    }

    @Test
    public void restResources_shouldReportAMethodWithoutAccessAnnotation() throws IOException {
        // given
        Map<String, String> files = new LinkedHashMap<>();
        files.put("atlassian-plugin.xml", plugin("<rest key=\"r\" path=\"/t\" version=\"1.0\"><package>com.gluework.jira.descriptor.fixture</package></rest>"));
        files.put(classEntry(UnguardedResource.class), "");
        files.put(classEntry(RowFixture.class), "");
        DescriptorChecks checks = jar(files);

        // when
        List<String> problems = checks.restResourcesHaveAccessAnnotations();

        // then only the unguarded method is reported; RowFixture is no resource
        assertEquals(1, problems.size());
        assertTrue(problems.get(0), problems.get(0).startsWith(FIXTURE + "UnguardedResource#unguarded has no REST v2 access annotation"));
    }

    @Test
    public void aoEntities_shouldReportUnlistedAndForeignEntitiesAndTheNamespace() throws IOException {
        // given
        Map<String, String> files = new LinkedHashMap<>();
        files.put("atlassian-plugin.xml", plugin("<ao key=\"ao\" namespace=\"wrong\"><entity>" + FIXTURE + "RowFixture</entity></ao>"));
        files.put(classEntry(RowFixture.class), "");
        DescriptorChecks checks = jar(files);

        // when
        String problems = String.join("\n", checks.aoEntitiesMatch(List.of(PanelFixture.class), "com.gluework"));

        // then
        assertTrue(problems, problems.contains("should be com.gluework"));
        assertTrue(problems, problems.contains("entity " + FIXTURE + "PanelFixture is not listed"));
        assertTrue(problems, problems.contains("<ao> lists " + FIXTURE + "RowFixture"));
    }

    @Test
    public void aoUpgradeTasks_shouldReportUnlistedAndForeignTasks() throws IOException {
        // given
        Map<String, String> files = new LinkedHashMap<>();
        files.put("atlassian-plugin.xml", plugin("<ao key=\"ao\" namespace=\"com.gluework\"><upgradeTask>" + FIXTURE
                + "RowFixture</upgradeTask></ao>"));
        files.put(classEntry(RowFixture.class), "");
        DescriptorChecks checks = jar(files);

        // when
        String problems = String.join("\n", checks.aoUpgradeTasksMatch(List.of(PanelFixture.class)));

        // then
        assertTrue(problems, problems.contains("upgrade task " + FIXTURE + "PanelFixture is not listed"));
        assertTrue(problems, problems.contains("<ao> lists upgrade task " + FIXTURE + "RowFixture"));
    }

    @Test
    public void noHostClassesBundled_shouldReportStandInsAndScannerAnnotations() throws IOException {
        // given
        Map<String, String> files = new LinkedHashMap<>();
        files.put("atlassian-plugin.xml", plugin(""));
        files.put("com/atlassian/jira/issue/Issue.class", "");
        files.put("com/atlassian/plugin/spring/scanner/annotation/imports/ComponentImport.class", "");
        files.put("com/gluework/Fine.class", "");

        // when
        List<String> problems = jar(files).noHostClassesBundled();

        // then
        assertEquals(List.of("host (stand-in) class bundled: com/atlassian/jira/issue/Issue.class",
                "Spring Scanner annotation class bundled: com/atlassian/plugin/spring/scanner/annotation/imports/ComponentImport.class"), problems);
    }

    @Test
    public void springWiring_shouldReportUnknownRefsAndMismatchedConstructors() throws IOException {
        // given NeedsRow needs a RowFixture but gets a PanelFixture; another bean refers to nothing
        Map<String, String> files = new LinkedHashMap<>();
        files.put("atlassian-plugin.xml", plugin(""));
        files.put("META-INF/spring/beans.xml", """
                <beans>
                  <bean id="panel" class="%sPanelFixture"/>
                  <bean id="needsRow" class="%sNeedsRow"><constructor-arg ref="panel"/></bean>
                  <bean id="dangling" class="%sNeedsRow"><constructor-arg ref="nowhere"/></bean>
                </beans>""".formatted(FIXTURE, FIXTURE, FIXTURE));
        DescriptorChecks checks = jar(files);

        // when
        String problems = String.join("\n", checks.springWiringResolves(Map.of()));

        // then
        assertTrue(problems, problems.contains("bean 'needsRow': " + NeedsRow.class.getName() + " has no public constructor taking"));
        assertTrue(problems, problems.contains("bean 'dangling': ref 'nowhere' is neither a bean nor an import"));
    }

    @Test
    public void springWiring_shouldReadInlineListsAndInnerBeans() throws IOException {
        // given a list argument holding an inner bean, and an inner bean given the wrong argument
        Map<String, String> files = new LinkedHashMap<>();
        files.put("atlassian-plugin.xml", plugin(""));
        files.put("META-INF/spring/beans.xml", """
                <beans>
                  <bean id="panel" class="%sPanelFixture"/>
                  <bean id="rows" class="%sNeedsRows">
                    <constructor-arg><list><bean class="%sRowFixture"/></list></constructor-arg>
                  </bean>
                  <bean id="row" class="%sNeedsRow">
                    <constructor-arg><bean class="%sNeedsRow"><constructor-arg ref="panel"/></bean></constructor-arg>
                  </bean>
                </beans>""".formatted(FIXTURE, FIXTURE, FIXTURE, FIXTURE, FIXTURE));
        DescriptorChecks checks = jar(files);

        // when
        String problems = String.join("\n", checks.springWiringResolves(Map.of()));

        // then: the list fits; the inner bean's wrong argument and the outer bean's wrong inner bean are both found
        assertTrue(problems, !problems.contains("'rows'"));
        assertTrue(problems, problems.contains("(inner " + FIXTURE + "NeedsRow@"));
        assertTrue(problems, problems.contains("bean 'row': " + NeedsRow.class.getName() + " has no public constructor taking"));
    }

    private static Map<String, String> allowlist(String... methods) {
        StringBuilder xml = new StringBuilder("<velocity-allowlist key=\"v\">");
        for (String method : methods) {
            xml.append("<method>").append(method).append("</method>");
        }
        return Map.of("atlassian-plugin.xml", plugin(xml.append("</velocity-allowlist>").toString()),
                classEntry(PanelFixture.class), "", classEntry(RowFixture.class), "");
    }

    private static Map<String, String> panelTemplate() {
        return Map.of("templates/p.vm", """
                ## $panel.commentedOut is ignored
                <h1>$panel.title</h1>
                #foreach($row in $panel.rows)
                  <li>${row.name} $row.format(3) $row.name.length()</li>
                #end""");
    }

    private static Map<String, Map<String, Class<?>>> panelRoots() {
        return Map.of("templates/p.vm", Map.of("panel", PanelFixture.class));
    }

    private static String plugin(String modules) {
        return "<atlassian-plugin key=\"com.example.test\" name=\"t\" plugins-version=\"2\">" + modules + "</atlassian-plugin>";
    }

    private static String classEntry(Class<?> type) {
        return type.getName().replace('.', '/') + ".class";
    }

    @SafeVarargs
    private DescriptorChecks jarWith(Map<String, String>... parts) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (Map<String, String> part : parts) {
            files.putAll(part);
        }
        return jar(files);
    }

    private DescriptorChecks jar(Map<String, String> files) throws IOException {
        Path jar = folder.newFile("plugin.jar").toPath();
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return DescriptorChecks.of(jar);
    }
}

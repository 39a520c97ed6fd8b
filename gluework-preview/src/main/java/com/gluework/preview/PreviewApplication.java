package com.gluework.preview;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.gluework.ao.AoCategoryRepository;
import com.gluework.ao.AoContributionRepository;
import com.gluework.ao.AoPacketAuditLog;
import com.gluework.ao.GlueWorkEntities;
import com.gluework.ao.testing.EntityManagerActiveObjects;
import com.gluework.core.port.AccessPolicy;
import com.gluework.core.port.CategoryRepository;
import com.gluework.core.port.ContributionRepository;
import com.gluework.core.service.ContributionService;
import com.gluework.core.service.EvidencePacketService;
import com.gluework.core.service.PeopleService;
import com.gluework.core.service.SprintReportService;
import com.gluework.preview.access.PreviewAccessPolicy;
import com.gluework.preview.demo.DemoContributionSeeder;
import com.gluework.preview.demo.DemoDataset;
import com.gluework.preview.demo.DemoStoryChanges;
import com.gluework.preview.http.AtlassianXsrfFilter;
import com.gluework.preview.http.JiraUnavailableExceptionMapper;
import com.gluework.preview.http.TokenOwnerAuthenticationFilter;
import com.gluework.preview.http.DemoLogins;
import com.gluework.preview.http.PreviewAuthenticationFilter;
import com.gluework.preview.http.PreviewCurrentUser;
import com.gluework.preview.jirarest.JiraRest;
import com.gluework.preview.jirarest.JiraRestBoardSource;
import com.gluework.preview.jirarest.JiraRestException;
import com.gluework.preview.jirarest.JiraRestTokenOwner;
import com.gluework.preview.jirarest.JiraRestIssueSource;
import com.gluework.preview.jirarest.JiraRestPeopleDirectory;
import com.gluework.preview.jirarest.JiraRestSnapshotFiles;
import com.gluework.preview.jirarest.JiraRestSprintReportSource;
import com.gluework.preview.jirarest.JiraRestSprintSource;
import com.gluework.preview.jirarest.LiveJiraRest;
import com.gluework.preview.pages.ClasspathAssetServlet;
import com.gluework.preview.pages.ErrorPageServlet;
import com.gluework.preview.pages.EvidencePacketPageServlet;
import com.gluework.preview.pages.IssuePageServlet;
import com.gluework.preview.pages.IssuePageViewFactory;
import com.gluework.preview.pages.JiraUnavailablePageFilter;
import com.gluework.preview.pages.JsI18nTransformer;
import com.gluework.preview.pages.RedirectServlet;
import com.gluework.preview.pages.SprintReportPageServlet;
import com.gluework.preview.pages.UserAvatarServlet;
import com.gluework.web.rest.ContributionDtoAssembler;
import com.gluework.web.report.BundleReportTexts;
import com.gluework.web.rest.GlueWorkRestComponents;
import com.gluework.web.testing.EscapingVelocityViewRenderer;
import com.gluework.web.testing.PropertiesI18n;
import com.gluework.web.view.ContributionHistoryViewFactory;
import com.gluework.web.view.IssuePanelViewFactory;
import com.gluework.web.view.SprintReportViewFactory;
import com.gluework.web.view.ViewRenderer;
import jakarta.servlet.DispatcherType;
import jakarta.ws.rs.ext.ContextResolver;
import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The preview's composition root: every object of the running preview is created here, by hand, in the order a
 * reader can follow — host data (Jira REST), storage (real Active Objects), core, web, then HTTP. Nothing else in the
 * module creates a service, and nothing is static.
 */
public final class PreviewApplication implements AutoCloseable {
    /** Where the generated Jira REST JSON goes under the data directory, so people can look at it. */
    public static final String JIRA_DOCUMENTS_DIR = "jira";
    /** The H2 database file's name under the data directory ({@code gluework.mv.db} on disk). */
    public static final String H2_DATABASE = "gluework";
    /** The demo board's name (the demo documents have no board document to read it from). */
    public static final String DEMO_BOARD_NAME = "Payments";
    private static final Logger LOG = LoggerFactory.getLogger(PreviewApplication.class);
    /**
     * Jersey warns that resources registered as instances "implement no provider interface" — true, and harmless
     * (eclipse-ee4j/jersey#3700). Held in a field because java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger JERSEY_PROVIDERS = quiet("org.glassfish.jersey.internal.inject.Providers");

    private final Server server;
    private final EntityManagerActiveObjects activeObjects;
    private final Connection h2KeepAlive;
    private final URI baseUrl;

    private PreviewApplication(Server server, EntityManagerActiveObjects activeObjects, Connection h2KeepAlive, URI baseUrl) {
        this.server = server;
        this.activeObjects = activeObjects;
        this.h2KeepAlive = h2KeepAlive;
        this.baseUrl = baseUrl;
    }

    /** Starts the preview and returns once it answers HTTP. */
    public static PreviewApplication start(PreviewOptions options, Clock clock) throws Exception {
        Files.createDirectories(options.dataDir());
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        // Loopback only: the demo logins are not authentication (see DemoLogins).
        connector.setHost("localhost");
        connector.setPort(options.port());
        server.addConnector(connector);
        connector.open(); // bind now: the demo documents' self links need the real port
        URI baseUrl = URI.create("http://localhost:" + connector.getLocalPort());
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        // Host data: a live Jira (read-only), or the demo team written to disk as Jira JSON and read back from there.
        JiraRest jira;
        Optional<DemoDataset> demo;
        Optional<JiraRestTokenOwner> tokenOwner = Optional.empty();
        if (options.jiraUrl().isPresent()) {
            LiveJiraRest live = LiveJiraRest.connect(options.jiraUrl().get(), options.jiraToken().orElseThrow(), options.jiraTimeout());
            jira = live;
            demo = Optional.empty();
            tokenOwner = Optional.of(new JiraRestTokenOwner(live, live.baseUrl()));
            LOG.info("Reading users, issues and sprints from {} (read-only)", live.baseUrl());
            logTokenOwner(tokenOwner.get());
        } else {
            DemoDataset dataset = DemoDataset.generate(clock, baseUrl);
            Path documents = options.dataDir().resolve(JIRA_DOCUMENTS_DIR);
            JiraRestSnapshotFiles files = new JiraRestSnapshotFiles(json);
            files.write(documents, dataset.jira());
            jira = files.read(documents).toJiraRest();
            demo = Optional.of(dataset);
            LOG.info("Demo team written as Jira REST JSON to {}", documents.toAbsolutePath());
        }
        JiraRestIssueSource issues = new JiraRestIssueSource(jira);
        JiraRestPeopleDirectory people = new JiraRestPeopleDirectory(jira);
        JiraRestSprintSource sprints = new JiraRestSprintSource(jira);
        AccessPolicy access = new PreviewAccessPolicy(people, demo.isPresent() ? DemoDataset.permissions() : Map.of());

        // Storage: real Active Objects, on an H2 file under the data directory unless a JDBC URL is given.
        String jdbcUrl = options.jdbcUrl().orElse(h2Url(options.dataDir()));
        String jdbcUser = options.jdbcUrl().isPresent() ? options.jdbcUser() : "sa";
        String jdbcPassword = options.jdbcUrl().isPresent() ? options.jdbcPassword() : "";
        Connection h2KeepAlive = options.jdbcUrl().isPresent() ? null : DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
        EntityManagerActiveObjects ao = EntityManagerActiveObjects.open(jdbcUrl, jdbcUser, jdbcPassword);
        ao.migrate(GlueWorkEntities.array());
        ContributionRepository contributions = new AoContributionRepository(ao);
        CategoryRepository categories = new AoCategoryRepository(ao);
        int seeded = demo.isPresent() ? new DemoContributionSeeder(contributions).seedIfEmpty(demo.get().contributions()) : 0;
        if (demo.isPresent()) {
            LOG.info(seeded > 0 ? "Seeded {} demo contributions" : "Store already holds glue; demo contributions not re-seeded", seeded);
        }

        // Core and web: the same classes the Jira plugin wires.
        ContributionService service = new ContributionService(contributions, categories, issues, people, access, clock);
        if (seeded > 0) {
            new DemoStoryChanges(service).apply(); // edits and a retirement, with real history
        }
        PreviewCurrentUser currentUser = new PreviewCurrentUser();
        PropertiesI18n i18n = new PropertiesI18n();
        ViewRenderer renderer = new EscapingVelocityViewRenderer(i18n);
        IssuePanelViewFactory panelViews = new IssuePanelViewFactory(service, people, categories, clock);
        ContributionDtoAssembler dtos = new ContributionDtoAssembler(people, categories);
        ContributionHistoryViewFactory histories = new ContributionHistoryViewFactory(people, categories, clock);
        PeopleService peopleService = new PeopleService(people);
        // The sprint report: the board's sprints from the Agile API JSON, the default hero threshold (40%).
        // On a live Jira: every scrum board the token's user sees; on the demo: its one board.
        JiraRestBoardSource boards = demo.isPresent()
                ? JiraRestBoardSource.configured(jira, Map.of(DemoDataset.BOARD_ID, DEMO_BOARD_NAME))
                : JiraRestBoardSource.listedByJira(jira);
        SprintReportService reportService = new SprintReportService(new JiraRestSprintReportSource(jira, boards),
                contributions, categories, people, access, clock);
        SprintReportViewFactory reportViews = new SprintReportViewFactory(reportService);

        ResourceConfig rest = new ResourceConfig();
        rest.registerInstances(Set.copyOf(GlueWorkRestComponents.resources(new GlueWorkRestComponents.Collaborators(
                service, peopleService, currentUser, dtos, panelViews, histories, renderer))));
        rest.registerInstances(Set.copyOf(GlueWorkRestComponents.reportResources(reportService, currentUser, reportViews,
                renderer, new BundleReportTexts())));
        EvidencePacketService packets = new EvidencePacketService(contributions, categories, people, access,
                new AoPacketAuditLog(ao), clock);
        rest.registerInstances(Set.copyOf(GlueWorkRestComponents.careerResources(packets, currentUser, new BundleReportTexts())));
        rest.registerInstances(Set.copyOf(GlueWorkRestComponents.exceptionMappers()));
        rest.registerInstances(new JiraUnavailableExceptionMapper()); // Jira down or refusing: 502/504 naming it
        // The API's own XSRF check, as in Jira (behind the servlet filter that mirrors Atlassian's).
        rest.registerInstances(Set.copyOf(GlueWorkRestComponents.requestFilters()));
        rest.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        // Web's mappers answer JSON errors in the API's shape; Jersey's own Jackson mappers would not.
        rest.register(JacksonFeature.withoutExceptionMappers());
        rest.register(new ObjectMapperResolver(json));

        IssuePageViewFactory pages = new IssuePageViewFactory(issues, people, sprints, DemoDataset.BOARD_ID,
                demo.isPresent() ? List.of("GW", "SEC") : List.of(), access, service, panelViews, renderer, clock.getZone(),
                tokenOwner.map(JiraRestTokenOwner::jiraUrl));

        // HTTP: XSRF rules on the REST API, then who is calling, then the servlets.
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addFilter(new FilterHolder(new AtlassianXsrfFilter()), "/rest/*", EnumSet.of(DispatcherType.REQUEST));
        if (tokenOwner.isPresent()) {
            // A live Jira: its failures become 502/504 pages; everyone acts as the token's owner (see docs/decisions.md).
            JiraRestTokenOwner owner = tokenOwner.get();
            context.addFilter(new FilterHolder(new JiraUnavailablePageFilter(pages, renderer, json,
                    () -> owner.known().map(person -> person.key()))), "/*",
                    EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
            context.addFilter(new FilterHolder(new TokenOwnerAuthenticationFilter(() -> owner.require().key(), currentUser)),
                    "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        } else {
            // Also on error dispatches, so the error page's frame shows who is acting.
            context.addFilter(new FilterHolder(new PreviewAuthenticationFilter(new DemoLogins(people), currentUser)), "/*",
                    EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        }
        context.addServlet(new ServletHolder("rest", new ServletContainer(rest)), GlueWorkRestComponents.BASE_PATH + "/*");
        ServletHolder issuePage = new ServletHolder("issue-page", new IssuePageServlet(pages, renderer, currentUser, DemoDataset.FIRST_ISSUE_KEY));
        context.addServlet(issuePage, "/browse/*");
        context.addServlet(demo.isPresent() ? issuePage : new ServletHolder("home", new RedirectServlet("/report")), "");
        context.addServlet(new ServletHolder("assets", new ClasspathAssetServlet(Map.of(
                "/aui/", "static/aui/",
                "/preview/", "static/preview/",
                "/gluework/js/", "js/",
                "/gluework/css/", "css/"), new JsI18nTransformer(i18n.patterns()))), "/static/*");
        context.addServlet(new ServletHolder("avatars", new UserAvatarServlet(people)), "/secure/useravatar");
        context.addServlet(new ServletHolder("report-page", new SprintReportPageServlet(reportViews, pages, renderer,
                currentUser)), "/report");
        context.addServlet(new ServletHolder("packet-page", new EvidencePacketPageServlet(packets, pages, renderer,
                currentUser, new BundleReportTexts(), clock)), "/packet");
        // Errors the container answers itself (unknown path, missing file, exception) get a preview page, not Jetty's.
        context.addServlet(new ServletHolder("error-page", new ErrorPageServlet(pages, renderer, currentUser)), ErrorPageServlet.PATH);
        ErrorPageErrorHandler errorPages = new ErrorPageErrorHandler();
        errorPages.addErrorPage(ErrorPageErrorHandler.GLOBAL_ERROR_PAGE, ErrorPageServlet.PATH);
        context.setErrorHandler(errorPages);
        server.setHandler(context);
        server.setStopAtShutdown(false);
        server.start();
        return new PreviewApplication(server, ao, h2KeepAlive, baseUrl);
    }

    /** Says at start-up whom the preview acts as, or that Jira cannot say yet; it starts either way. */
    private static void logTokenOwner(JiraRestTokenOwner owner) {
        try {
            LOG.info("Acting as the token's owner, {} ({}), and nobody else", owner.require().displayName(), owner.require().username());
        } catch (JiraRestException e) {
            LOG.warn("{} The preview starts anyway; its pages say so until Jira answers.", e.getMessage());
        }
    }

    /**
     * An H2 file database under the data directory. The preview keeps one connection open for its whole life
     * ({@code h2KeepAlive}): Active Objects opens a connection per operation when no pool is on the class path, and
     * H2 would otherwise close and re-open the file between requests.
     */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve(H2_DATABASE);
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("Jetty did not stop cleanly", e);
        }
        activeObjects.close();
        if (h2KeepAlive != null) {
            try {
                h2KeepAlive.close();
            } catch (SQLException e) {
                LOG.warn("Could not close the H2 database", e);
            }
        }
    }

    /** Jersey's Jackson uses this mapper: ISO dates ({@code java.time}) rather than numbers. */
    private static final class ObjectMapperResolver implements ContextResolver<ObjectMapper> {
        private final ObjectMapper mapper;

        ObjectMapperResolver(ObjectMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return mapper;
        }
    }
}

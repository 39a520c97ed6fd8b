package com.gluework.preview;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.gluework.ao.AoCategoryRepository;
import com.gluework.ao.AoContributionRepository;
import com.gluework.ao.AoDefinitionsStore;
import com.gluework.ao.CategoryTable;
import com.gluework.ao.LocalCategoryTable;
import com.gluework.ao.AoPacketAuditLog;
import com.gluework.ao.AoWeeklyNoteRepository;
import com.gluework.ao.AoSuggestionDismissals;
import com.gluework.ao.AoPersonalDataStore;
import com.gluework.ao.AoProjectPrivacySettings;
import com.gluework.ao.GlueWorkEntities;
import com.gluework.ao.upgrade.ModelUpgrades;
import com.gluework.core.port.AccessPolicy;
import com.gluework.core.port.CategoryRepository;
import com.gluework.core.port.ContributionRepository;
import com.gluework.core.port.DefinitionsRepository;
import com.gluework.core.service.DefinitionsService;
import com.gluework.core.service.ContributionService;
import com.gluework.core.notes.WeeklyNotesPersonalData;
import com.gluework.core.service.PersonalDataExportService;
import com.gluework.core.service.ProjectPrivacyService;
import com.gluework.core.service.EvidencePacketService;
import com.gluework.core.service.MyGlueService;
import com.gluework.core.service.PeopleService;
import com.gluework.core.service.SprintReportService;
import com.gluework.preview.jirarest.JiraRestIssueActivitySource;
import com.gluework.preview.jirarest.JiraRestProjectSource;
import com.gluework.core.suggest.GlueSuggester;
import com.gluework.core.service.SuggestionService;
import com.gluework.preview.access.PreviewAccessPolicy;
import com.gluework.preview.confluence.PreviewConfluence;
import com.gluework.preview.access.PreviewHostRoles;
import com.gluework.preview.pages.AdminPageServlet;
import com.gluework.preview.access.PreviewProjectAccess;
import com.gluework.preview.access.PreviewSiteAdministrators;
import com.gluework.preview.demo.DemoContributionSeeder;
import com.gluework.preview.demo.DemoDataset;
import com.gluework.preview.demo.DemoStoryChanges;
import com.gluework.preview.http.AtlassianXsrfFilter;
import com.gluework.preview.http.JiraUnavailableExceptionMapper;
import com.gluework.preview.http.TokenOwnerAuthenticationFilter;
import com.gluework.preview.http.DemoLogins;
import com.gluework.preview.http.PreviewAuthenticationFilter;
import com.gluework.preview.http.PreviewCurrentUser;
import com.gluework.preview.http.ResponseHeadersFilter;
import com.gluework.preview.http.RestErrorsAsJsonFilter;
import com.gluework.preview.http.RestJsonErrorHandler;
import com.gluework.preview.http.RestRequestGuardFilter;
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
import com.gluework.preview.pages.MyGluePageServlet;
import com.gluework.web.view.MyGluePage;
import com.gluework.preview.pages.IssuePageServlet;
import com.gluework.preview.pages.IssuePageViewFactory;
import com.gluework.preview.pages.JiraUnavailablePageFilter;
import com.gluework.preview.pages.JsI18nTransformer;
import com.gluework.preview.pages.MySuggestionsPageServlet;
import com.gluework.preview.pages.RedirectServlet;
import com.gluework.preview.pages.SprintReportPageServlet;
import com.gluework.preview.pages.UserAvatarServlet;
import com.gluework.preview.store.DataDirLock;
import com.gluework.preview.store.DurableActiveObjects;
import com.gluework.web.rest.ContributionDtoAssembler;
import com.gluework.web.report.BundleReportTexts;
import com.gluework.web.rest.GlueWorkRestComponents;
import com.gluework.web.rest.SuggestionDtoAssembler;
import com.gluework.web.testing.EscapingVelocityViewRenderer;
import com.gluework.web.testing.PropertiesI18n;
import com.gluework.web.view.ContributionHistoryViewFactory;
import com.gluework.web.view.IssuePanelViewFactory;
import com.gluework.web.view.SprintReportPageViewFactory;
import com.gluework.web.view.SprintReportViewFactory;
import com.gluework.web.view.ViewRenderer;
import jakarta.servlet.DispatcherType;
import jakarta.ws.rs.ext.ContextResolver;
import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Path;
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
    /**
     * H2 writes no trace file: storage failures are logged by {@link DurableActiveObjects}, and on a full disk H2 would
     * print its failure to write the trace as a stack trace to the console after every reopen.
     */
    public static final String H2_SETTINGS = ";TRACE_LEVEL_FILE=0";
    /** The demo board's name (the demo documents have no board document to read it from). */
    public static final String DEMO_BOARD_NAME = "Payments";
    /** The demo board's project: the report page offers its admins the per-person privacy control (issue 11). */
    static final String DEMO_PROJECT_KEY = "GW";
    private static final Logger LOG = LoggerFactory.getLogger(PreviewApplication.class);
    /**
     * Jersey warns that resources registered as instances "implement no provider interface" — true, and harmless
     * (eclipse-ee4j/jersey#3700). Held in a field because java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger JERSEY_PROVIDERS = quiet("org.glassfish.jersey.internal.inject.Providers");

    private final Server server;
    private final DurableActiveObjects activeObjects;
    private final DataDirLock dataDirLock;
    private final URI baseUrl;

    private PreviewApplication(Server server, DurableActiveObjects activeObjects, DataDirLock dataDirLock, URI baseUrl) {
        this.server = server;
        this.activeObjects = activeObjects;
        this.dataDirLock = dataDirLock;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts the preview and returns once it answers HTTP.
     *
     * @throws PreviewStartupException another preview owns the data directory, or its database file is read-only;
     *                                 checked before anything in the directory is written
     */
    public static PreviewApplication start(PreviewOptions options, Clock clock) throws Exception {
        DataDirLock dataDirLock = DataDirLock.acquire(options.dataDir());
        try {
            if (options.jdbcUrl().isEmpty()) {
                dataDirLock.requireWritable(H2_DATABASE + ".mv.db");
            }
            return start(options, clock, dataDirLock);
        } catch (Exception | Error e) {
            dataDirLock.close();
            throw e;
        }
    }

    private static PreviewApplication start(PreviewOptions options, Clock clock, DataDirLock dataDirLock) throws Exception {
        StartupPhases phases = new StartupPhases();
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        // Loopback only: the demo logins are not authentication (see DemoLogins).
        connector.setHost("localhost");
        connector.setPort(options.port());
        // No "Server: Jetty(12.x)" header: the version only helps an attacker pick an exploit.
        connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().setSendServerVersion(false);
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
        phases.done("host data");
        JiraRestIssueSource issues = new JiraRestIssueSource(jira);
        JiraRestPeopleDirectory people = new JiraRestPeopleDirectory(jira);
        JiraRestSprintSource sprints = new JiraRestSprintSource(jira);
        AccessPolicy access = new PreviewAccessPolicy(people, demo.isPresent() ? DemoDataset.permissions() : Map.of());
        // Who administers Glue Work and who is in which group: the demo's lists, or on a live Jira the token's owner.
        Optional<JiraRestTokenOwner> liveOwner = tokenOwner;
        PreviewHostRoles roles = new PreviewHostRoles(demo.isPresent() ? DemoDataset.administrators()::contains
                : key -> liveOwner.flatMap(JiraRestTokenOwner::known).map(p -> p.key().equals(key)).orElse(false),
                demo.isPresent() ? DemoDataset.groups() : Map.of(), demo.isPresent() ? DemoDataset.projectAdministrators() : Map.of());

        // Storage: real Active Objects, on an H2 file under the data directory unless a JDBC URL is given; a write is
        // acknowledged once it is on disk, and a full or read-only disk answers 503 (DurableActiveObjects).
        String jdbcUrl = options.jdbcUrl().orElse(h2Url(options.dataDir()));
        String jdbcUser = options.jdbcUrl().isPresent() ? options.jdbcUser() : "sa";
        String jdbcPassword = options.jdbcUrl().isPresent() ? options.jdbcPassword() : "";
        DurableActiveObjects ao = DurableActiveObjects.open(jdbcUrl, jdbcUser, jdbcPassword);
        phases.done("database open");
        // The tables, then every upgrade task not run on this store yet (the default definitions), as the AO plugin does.
        ModelUpgrades.run(ao, ModelUpgrades.tasks());
        phases.done("tables and upgrade tasks");
        ContributionRepository contributions = new AoContributionRepository(ao, ao.hostConnections());
        // The categories the panel reads on every render, held in this JVM and reset by every definitions write (the
        // preview is one node; Jira holds them in its cluster-wide cache, AtlassianCategoryTable). Issue 13.
        CategoryTable categoryTable = new LocalCategoryTable(() -> AoCategoryRepository.readRows(ao));
        CategoryRepository categories = new AoCategoryRepository(ao, categoryTable);
        // One transaction and one sync for the whole seed, not one each per contribution: all or nothing, and faster.
        int seeded = demo.isPresent() ? ao.withOneSync(() -> ao.executeInTransaction(() -> new DemoContributionSeeder(contributions)
                .seedIfEmpty(demo.get().contributions()))) : 0;
        if (demo.isPresent()) {
            LOG.info(seeded > 0 ? "Seeded {} demo contributions" : "Store already holds glue; demo contributions not re-seeded", seeded);
            phases.done("demo seed");
        }

        // Core and web: the same classes the Jira plugin wires.
        ContributionService service = new ContributionService(contributions, categories, issues, people, access, clock);
        if (seeded > 0) {
            ao.withOneSync(() -> {
                new DemoStoryChanges(service).apply(); // edits and a retirement, with real history
                return null;
            });
            phases.done("demo story changes");
        }
        PreviewCurrentUser currentUser = new PreviewCurrentUser();
        PropertiesI18n i18n = new PropertiesI18n();
        ViewRenderer renderer = new EscapingVelocityViewRenderer(i18n);
        // "Possible glue" from the issues' Jira activity, in the panel; "Not glue" stored in AO; never counted (issue 12).
        SuggestionService suggestions = new SuggestionService(issues, access, new JiraRestIssueActivitySource(jira), contributions,
                new AoSuggestionDismissals(ao, clock), GlueSuggester.defaultRules(), clock);
        IssuePanelViewFactory panelViews = new IssuePanelViewFactory(service, people, categories, clock, suggestions);
        ContributionDtoAssembler dtos = new ContributionDtoAssembler(people, categories);
        ContributionHistoryViewFactory histories = new ContributionHistoryViewFactory(people, categories, clock);
        PeopleService peopleService = new PeopleService(people);
        // The sprint report: the board's sprints from the Agile API JSON, the default hero threshold (40%).
        // On a live Jira: every scrum board the token's user sees; on the demo: its one board.
        JiraRestBoardSource boards = demo.isPresent()
                ? JiraRestBoardSource.configured(jira, Map.of(DemoDataset.BOARD_ID, DEMO_BOARD_NAME))
                : JiraRestBoardSource.listedByJira(jira);
        DefinitionsRepository definitions = new AoDefinitionsStore(ao, categoryTable); // categories, rubric, hero threshold (issue 11)
        // Each project's choice of who sees per-person figures (issue 11), stored in Active Objects.
        AoProjectPrivacySettings projectPrivacy = new AoProjectPrivacySettings(ao);
        SprintReportService reportService = new SprintReportService(new JiraRestSprintReportSource(jira, boards),
                contributions, categories, people, access, clock, definitions, projectPrivacy);
        SprintReportViewFactory reportViews = new SprintReportViewFactory(reportService);

        ResourceConfig rest = new ResourceConfig();
        rest.registerInstances(Set.copyOf(GlueWorkRestComponents.resources(new GlueWorkRestComponents.Collaborators(
                service, peopleService, currentUser, dtos, panelViews, histories, renderer))));
        rest.registerInstances(Set.copyOf(GlueWorkRestComponents.reportResources(reportService, currentUser, reportViews,
                renderer, new BundleReportTexts())));
        EvidencePacketService packets = new EvidencePacketService(contributions, categories, people, access,
                new AoPacketAuditLog(ao), clock, roles, definitions);
        rest.registerInstances(Set.copyOf(GlueWorkRestComponents.definitionResources(
                new DefinitionsService(definitions, roles, clock), currentUser)));
        rest.registerInstances(Set.copyOf(GlueWorkRestComponents.careerResources(packets, currentUser, new BundleReportTexts())));
        MyGlueService myGlue = new MyGlueService(new AoWeeklyNoteRepository(ao), contributions, categories, people, packets, clock);
        rest.registerInstances(Set.copyOf(GlueWorkRestComponents.myGlueResources(myGlue, currentUser, people)));
        // Personal data (issue 11): the caller's export, and anyone's for the demo's Jira administrators.
        PersonalDataExportService personalData = new PersonalDataExportService(new AoPersonalDataStore(ao), people,
                new PreviewSiteAdministrators(people, demo.isPresent() ? DemoDataset.siteAdministrators() : Set.of()), clock,
                List.of(new WeeklyNotesPersonalData(new AoWeeklyNoteRepository(ao))));
        ProjectPrivacyService projectPrivacyService = new ProjectPrivacyService(projectPrivacy,
                new PreviewProjectAccess(new JiraRestProjectSource(jira), access), clock);
        rest.registerInstances(Set.copyOf(GlueWorkRestComponents.privacyResources(personalData, projectPrivacyService,
                currentUser)));
        rest.registerInstances(Set.copyOf(GlueWorkRestComponents.exceptionMappers()));
        rest.registerInstances(new JiraUnavailableExceptionMapper()); // Jira down or refusing: 502/504 naming it
        // The API's own XSRF check, as in Jira (behind the servlet filter that mirrors Atlassian's).
        rest.registerInstances(Set.copyOf(GlueWorkRestComponents.requestFilters()));
        rest.registerInstances(Set.copyOf(GlueWorkRestComponents.providers())); // strict body reader, security headers
        rest.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        // Web's mappers answer JSON errors in the API's shape; Jersey's own Jackson mappers would not.
        rest.register(JacksonFeature.withoutExceptionMappers());
        rest.register(new ObjectMapperResolver(json));

        rest.registerInstances(Set.copyOf(GlueWorkRestComponents.suggestionResources(suggestions, currentUser,
                new SuggestionDtoAssembler(suggestions, people, categories))));
        IssuePageViewFactory pages = new IssuePageViewFactory(issues, people, sprints, DemoDataset.BOARD_ID,
                demo.isPresent() ? List.of("GW", "SEC") : List.of(), access, service, panelViews, renderer, clock.getZone(),
                tokenOwner.map(JiraRestTokenOwner::jiraUrl))
                .withAdministrators(roles::isAdministrator);

        // HTTP: XSRF rules on the REST API, then who is calling, then the servlets.
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        // Security headers on everything; REST requests Jetty cannot read refused as JSON; container errors under /rest/ as JSON.
        context.addFilter(new FilterHolder(new ResponseHeadersFilter()), "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        context.addFilter(new FilterHolder(new RestRequestGuardFilter()), "/rest/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new RestErrorsAsJsonFilter()), ErrorPageServlet.PATH, EnumSet.of(DispatcherType.ERROR));
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
        context.addServlet(new ServletHolder("report-page", new SprintReportPageServlet(
                new SprintReportPageViewFactory(reportViews, renderer), pages, renderer,
                currentUser).withPrivacyControl(projectPrivacyService, demo.isPresent() ? DEMO_PROJECT_KEY : "")), "/report");
        context.addServlet(new ServletHolder("admin-page", new AdminPageServlet(pages, renderer, currentUser)), "/admin");
        context.addServlet(new ServletHolder("packet-page", new EvidencePacketPageServlet(packets, pages, renderer,
                currentUser, new BundleReportTexts(), clock)), "/packet");
        context.addServlet(new ServletHolder("my-glue-page", new MyGluePageServlet(new MyGluePage(myGlue, people, renderer,
                new BundleReportTexts(), clock), pages, renderer, currentUser)), MyGluePageServlet.PATH);
        if (demo.isPresent()) { // the Confluence-like space: the real macro, reading this preview's REST API over HTTP
            PreviewConfluence.mount(context, baseUrl, currentUser, pages, renderer, people);
        }
        context.addServlet(new ServletHolder("my-suggestions-page", new MySuggestionsPageServlet(suggestions, categories, pages,
                renderer, currentUser, clock.getZone())), "/my-suggestions");
        // Errors the container answers itself (unknown path, missing file, exception) get a preview page, not Jetty's.
        context.addServlet(new ServletHolder("error-page", new ErrorPageServlet(pages, renderer, currentUser)), ErrorPageServlet.PATH);
        ErrorPageErrorHandler errorPages = new ErrorPageErrorHandler();
        errorPages.addErrorPage(ErrorPageErrorHandler.GLOBAL_ERROR_PAGE, ErrorPageServlet.PATH);
        context.setErrorHandler(errorPages);
        server.setHandler(context);
        server.setErrorHandler(new RestJsonErrorHandler()); // what Jetty refuses before the context: JSON under /rest/
        server.setStopAtShutdown(false);
        phases.done("services and web wiring");
        server.start();
        phases.done("Jetty and Jersey start");
        LOG.info("Start-up: {}", phases);
        return new PreviewApplication(server, ao, dataDirLock, baseUrl);
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
     * ({@link DurableActiveObjects}): H2 would otherwise close and re-open the file whenever the pool holds none.
     */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve(H2_DATABASE) + H2_SETTINGS;
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * The running preview's store. For the benchmarks, which fill it and read it with plain JDBC through it: on
     * embedded H2 nothing else may open the database file while the preview has it open.
     */
    public DurableActiveObjects store() {
        return activeObjects;
    }

    public void join() throws InterruptedException {
        server.join();
    }

    /**
     * Adds a servlet behind the same filters as every page (headers, REST guard, XSRF, authentication). For the
     * benchmarks' floors: the cheapest answer the same server can give (docs/benchmarks.md, issue 13).
     */
    public void addServlet(jakarta.servlet.http.HttpServlet servlet, String pathSpec) {
        ((ServletContextHandler) server.getHandler()).addServlet(new ServletHolder(servlet), pathSpec);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("Jetty did not stop cleanly", e);
        }
        activeObjects.close();
        dataDirLock.close();
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

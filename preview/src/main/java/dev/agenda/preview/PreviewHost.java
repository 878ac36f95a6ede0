package dev.agenda.preview;

import dev.agenda.confluence.i18n.PluginMessages;
import dev.agenda.confluence.macro.AgendaMacro;
import dev.agenda.confluence.macro.RegisterMacro;
import dev.agenda.confluence.rest.RegisterReportJson;
import dev.agenda.confluence.rest.StatusJson;
import dev.agenda.confluence.rest.SyncReportJson;
import dev.agenda.core.calendar.AgendaCalendar;
import dev.agenda.core.export.ActionsJson;
import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.render.AgendaMacroView;
import dev.agenda.core.render.AgendaRenderer;
import dev.agenda.core.render.PageRenderer;
import dev.agenda.core.render.Templates;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.core.users.CsvUserDirectoryReader;
import dev.agenda.core.users.InMemoryUserDirectory;
import dev.agenda.core.users.UserDirectory;
import dev.agenda.core.users.UserDirectoryFormatException;
import dev.agenda.core.users.UserRef;
import dev.agenda.jdbc.DatabaseInUseException;
import dev.agenda.jdbc.JdbcDatabase;
import dev.agenda.jdbc.JdbcLock;
import dev.agenda.jdbc.JdbcSyncStateStore;
import dev.agenda.jira.fake.FakeJiraHttpServer;
import dev.agenda.services.Texts;
import dev.agenda.services.page.PageAccess;
import dev.agenda.services.page.Viewer;
import dev.agenda.services.register.RegisterEndpoint;
import dev.agenda.services.register.RegisterService;
import dev.agenda.services.series.NextMeetingService;
import dev.agenda.services.status.BackgroundStatusRefresh;
import dev.agenda.services.status.LiveStatusSource;
import dev.agenda.services.status.PageStatusService;
import dev.agenda.services.status.RecentSyncs;
import dev.agenda.services.sync.PageSyncService;
import dev.agenda.services.sync.SyncProgressBoard;
import dev.agenda.services.tick.PageTickService;
import dev.agenda.sync.status.LiveStatuses;
import dev.agenda.sync.status.StatusMemory;
import dev.agenda.sync.status.StatusWording;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.jspecify.annotations.Nullable;

/**
 * The preview host: the Confluence plugin's own macro and REST resources, wired as the plugin's Spring context wires
 * them, with the preview's stand-ins for Confluence — pages from files, users who may edit them (one, or several who
 * sign in, each reaching Jira with their own credentials), sync state and locks in H2 (or PostgreSQL, shared by
 * several hosts), and the chosen Jira — served on loopback by an embedded Grizzly server: the REST resources at
 * {@code /rest/agenda/1.0}, Confluence's inline-task resource at {@code /rest/inlinetasks/1} ({@link
 * InlineTaskResource}), the pages at {@code /}. {@link #close()} stops the server, the demo Jira and the database.
 *
 * <p>This class is the composition root: it checks the pages and the users, opens the database, and wires the
 * services, the REST and pages applications and the server. The Jira side — which Jira, each user's way to it, and
 * the demo Jira's start and stop — is {@link PreviewJiras}.
 */
public final class PreviewHost implements AutoCloseable {

    /** Where the plugin's REST resources are, as in Confluence. */
    public static final String REST_BASE = "/rest/agenda/1.0";
    /** The label every page shows beside the demo Jira's statuses. */
    public static final String DEMO_LABEL = "demo Jira";
    /** What the host is, named to another process its embedded database refuses while the host has it open. */
    static final String SERVE_USE = "agenda serve";

    private final HttpServer server;
    private final URI baseUrl;
    private final JdbcDatabase database;
    private final PreviewJiras jiras;
    private final BackgroundStatusRefresh background;
    private final Optional<SignInCodes> codes;

    /** @param codes the users' sign-in codes, or null when the host has one user and nobody signs in */
    private PreviewHost(
            HttpServer server,
            URI baseUrl,
            JdbcDatabase database,
            PreviewJiras jiras,
            BackgroundStatusRefresh background,
            @Nullable SignInCodes codes) {
        this.server = server;
        this.baseUrl = baseUrl;
        this.database = database;
        this.jiras = jiras;
        this.background = background;
        this.codes = Optional.ofNullable(codes);
    }

    /**
     * Starts a host.
     *
     * @throws PreviewException when the pages, the users, the database or the port cannot be used — the message says
     *                          which and why
     */
    public static PreviewHost start(PreviewSettings settings) {
        if (!Files.isDirectory(settings.pages())) {
            throw new PreviewException("The pages directory " + settings.pages() + " does not exist.");
        }
        UserDirectory users = users(settings.pages());
        List<String> usernames = settings.viewers().usernames();
        Path csv = settings.pages().resolve("users.csv");
        if (settings.viewers().signIn() && Files.isRegularFile(csv)) {
            PreviewException.refuseAny(
                    usernames,
                    username -> users.find(UserRef.username(username)).isEmpty(),
                    username -> username + " cannot sign in: " + csv + " has no such username.");
        }
        PreviewJiras.refuseUsersWithoutCredentials(settings);
        SecureRandom random = new SecureRandom();
        SignedInUser currentUser = new SignedInUser();
        JdbcDatabase database = open(settings);
        PreviewJiras jiras = null;
        try {
            jiras = PreviewJiras.start(settings, currentUser, random);
            return wire(settings, users, currentUser, database, jiras, random);
        } catch (RuntimeException e) {
            if (jiras != null) {
                jiras.close();
            }
            database.close();
            throw e;
        }
    }

    /** @param jiras the Jira side just started, which the host owns from here */
    private static PreviewHost wire(
            PreviewSettings settings,
            UserDirectory users,
            SignedInUser currentUser,
            JdbcDatabase database,
            PreviewJiras jiras,
            SecureRandom random) {
        SiteAddress site = new SiteAddress();
        PageFiles pages = new PageFiles(settings.pages(), site);
        PluginDescriptor descriptor = PluginDescriptor.ofPlugin();
        Viewers viewers = settings.viewers();
        Map<String, Viewer> usersByName = new LinkedHashMap<>();
        viewers.usernames().forEach(username -> usersByName.put(username, PreviewUser.of(username, users)));
        ViewersJira jira = jiras.asViewers(usersByName);
        Sessions sessions = new Sessions(settings.clock(), random);
        SessionCookie cookie = SessionCookie.forThisRun(random);
        SignInCodes codes = viewers.signIn() ? new SignInCodes(viewers.usernames(), random) : null;
        SignInAttempts attempts =
                codes == null ? null : new SignInAttempts(codes, new SignInThrottle(settings.clock()));
        PreviewPermissions permissions = new PreviewPermissions(currentUser);
        StorageFormatParser parser = new StorageFormatParser();
        MeetingPageReader reader = new MeetingPageReader(users, JiraProjects.none(), settings.zone());
        PluginMessages messages = new PluginMessages();
        Texts texts = new Texts();
        PageAccess pageAccess = new PageAccess(pages, permissions, currentUser, parser, reader, texts);
        JdbcSyncStateStore store = new JdbcSyncStateStore(database);
        JdbcLock lock = new JdbcLock(database, settings.clock());

        int port = settings.port();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        // The sync's follow-ups run as the viewer: SignedInUser carries them there, as Confluence's adapter does.
        PageSyncService sync = new PageSyncService(
                pageAccess,
                jira,
                store,
                lock,
                settings::defaultProject,
                new RecentSyncs(),
                new SyncProgressBoard(),
                texts,
                currentUser,
                settings.clock());
        StatusMemory statusMemory = new StatusMemory();
        LiveStatuses liveStatuses = new LiveStatuses(statusMemory, settings.clock());
        BackgroundStatusRefresh background = new BackgroundStatusRefresh(jira, liveStatuses);
        PageStatusService statuses = new PageStatusService(
                pageAccess,
                jira,
                store,
                liveStatuses,
                background,
                new StatusWording(settings.clock(), settings.zone()),
                settings.clock());
        PageTickService ticks = new PageTickService(pageAccess, new PageFileTicks(), sync, statuses, jira, store);
        NextMeetingService nextMeeting =
                new NextMeetingService(pageAccess, new PageFileCreation(pages, site), store, jira, lock, texts);
        Templates templates = new Templates();
        LiveStatusSource live = new LiveStatusSource(jira, pages, permissions, store, descriptor.restBase());
        AgendaMacro macro = new AgendaMacro(
                new AgendaMacroView(parser, new AgendaRenderer(templates), JiraProjects.none()),
                MacroHost.noWebResources(),
                MacroHost.noConfluenceConversion(),
                users,
                settings.clock(),
                settings.zone(),
                live,
                MacroHost.noSiteSettings());
        PreviewChrome chrome = new PreviewChrome(live::jiraSite, currentUser, viewers.signIn());
        RegisterService register = new RegisterService(
                new PreviewPageScopes(pages),
                pages,
                permissions,
                currentUser,
                parser,
                reader,
                store,
                jira,
                liveStatuses,
                statusMemory,
                background,
                new StatusWording(settings.clock(), settings.zone()),
                settings.clock());
        RegisterMacro registerMacro = new RegisterMacro(
                register, templates, MacroHost.noWebResources(), jira, new RegisterEndpoint(descriptor.restBase()));

        // Nothing listens yet; once it does, the listener knows its port (with --port 0, the one the system picked).
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(base, false);
        NetworkListener listener = server.getListeners().iterator().next();
        ThisHostOnly thisHost = new ThisHostOnly(listener::getPort);

        // As in Confluence: the resources are the classes of the descriptor's REST packages, built by HK2 through
        // their @Inject constructors from the plugin's components, behind REST v2's access rules.
        ResourceConfig rest = new ResourceConfig()
                .packages(false, descriptor.restPackages().toArray(String[]::new))
                .register(new PluginComponents(List.of(
                        pageAccess,
                        sync,
                        statuses,
                        ticks,
                        nextMeeting,
                        new ActionsJson(),
                        new SyncReportJson(),
                        new StatusJson(),
                        messages,
                        new AgendaCalendar(settings.clock(), users),
                        register,
                        new RegisterReportJson())))
                // A site without anonymous access: nobody reaches anything without signing in.
                .register(new RestAccessRules(currentUser, false))
                .registerInstances(
                        thisHost,
                        new BodyLimit(),
                        UnmappedErrors.asJson(),
                        sessionFilter(viewers, usersByName, sessions, cookie, currentUser, true));
        // Confluence's own inline-task resource, which the page script calls first to save a tick on the page.
        ResourceConfig inlineTasks = new ResourceConfig()
                .register(new RestAccessRules(currentUser, false))
                .registerInstances(
                        new InlineTaskResource(ticks),
                        thisHost,
                        new BodyLimit(),
                        UnmappedErrors.asJson(),
                        sessionFilter(viewers, usersByName, sessions, cookie, currentUser, true));
        ResourceConfig pagesSite = new ResourceConfig()
                .registerInstances(
                        new PreviewPagesResource(
                                pages,
                                parser,
                                reader,
                                users,
                                macro,
                                live,
                                new PageRenderer(templates),
                                chrome,
                                settings.clock(),
                                settings.zone()),
                        new SignInResource(attempts, sessions, cookie, usersByName, chrome),
                        new NewMeetingPageResource(
                                pages, MeetingTemplate.ofPlugin(), chrome, settings.clock(), settings.zone()),
                        new PreviewActionsResource(registerMacro, chrome),
                        new SignOutResource(viewers.signIn(), sessions, cookie),
                        thisHost,
                        new BodyLimit(),
                        UnmappedErrors.asText(),
                        sessionFilter(viewers, usersByName, sessions, cookie, currentUser, false))
                // Redirects stay relative, so a browser that came as localhost keeps its cookie.
                .property(ServerProperties.LOCATION_HEADER_RELATIVE_URI_RESOLUTION_DISABLED, true);
        ServerConfiguration configuration = server.getServerConfiguration();
        configuration.addHttpHandler(
                ContainerFactory.createContainer(GrizzlyHttpContainer.class, rest),
                HttpHandlerRegistration.builder()
                        .contextPath(descriptor.restBase())
                        .build());
        configuration.addHttpHandler(
                ContainerFactory.createContainer(GrizzlyHttpContainer.class, inlineTasks),
                HttpHandlerRegistration.builder()
                        .contextPath(InlineTaskResource.BASE)
                        .build());
        configuration.addHttpHandler(ContainerFactory.createContainer(GrizzlyHttpContainer.class, pagesSite), "/");
        // Grizzly's own error page names Grizzly and its version; this one says what went wrong, and nothing else.
        configuration.setDefaultErrorPageGenerator((request, status, reason, description, failure) ->
                ErrorWords.page(status).toString());
        listener.registerAddOn(new DeclineProtocolSwitch());
        listener.registerAddOn(new EveryAnswer());
        try {
            server.start();
        } catch (IOException | RuntimeException e) {
            background.close();
            throw new PreviewException("The preview host could not listen on port " + port + ": " + e.getMessage()
                    + (port == 0 ? "" : " (is another program using it? choose another with --port)"));
        }
        int bound = listener.getPort();
        site.listeningOn(bound);
        return new PreviewHost(
                server, URI.create("http://127.0.0.1:" + bound + "/"), database, jiras, background, codes);
    }

    private static SessionFilter sessionFilter(
            Viewers viewers,
            Map<String, Viewer> usersByName,
            Sessions sessions,
            SessionCookie cookie,
            SignedInUser currentUser,
            boolean rest) {
        return viewers.signIn()
                ? SessionFilter.signedIn(usersByName, sessions, cookie, currentUser, rest)
                : SessionFilter.onlyUser(usersByName.values().iterator().next(), currentUser);
    }

    /**
     * Each user's sign-in link, relative to the host ({@code /sign-in?user=…&code=…}), in the order the users were
     * given; empty when the host has one user and nobody signs in. The links are for whoever started the host to hand
     * out, one to each person: they are shown nowhere else.
     */
    public Map<String, String> signInLinks() {
        Map<String, String> links = new LinkedHashMap<>();
        codes.ifPresent(known -> known.usernames()
                .forEach(username -> links.put(
                        username,
                        "/sign-in?user=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&code="
                                + known.codeOf(username))));
        return links;
    }

    /** Where the host answers, e.g. {@code http://127.0.0.1:8090/}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The demo Jira, when the host runs one. */
    public Optional<FakeJiraHttpServer> demoJira() {
        return jiras.demo();
    }

    @Override
    public void close() {
        server.shutdownNow();
        background.close();
        jiras.close();
        database.close();
    }

    private static UserDirectory users(Path pages) {
        Path csv = pages.resolve("users.csv");
        if (!Files.isRegularFile(csv)) {
            return new InMemoryUserDirectory(List.of());
        }
        try {
            return new CsvUserDirectoryReader().read(Files.readString(csv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UserDirectoryFormatException e) {
            throw new PreviewException(csv + ": " + e.getMessage());
        }
    }

    private static JdbcDatabase open(PreviewSettings settings) {
        try {
            return settings.database()
                    .map(JdbcDatabase::open)
                    .orElseGet(() -> JdbcDatabase.h2File(settings.data(), SERVE_USE));
        } catch (DatabaseInUseException e) {
            throw new PreviewException("The state database could not be opened: " + e.getMessage() + " (--data DIR)");
        } catch (RuntimeException e) {
            // The JDBC URL may carry a password: the message is the database module's, which shows it redacted.
            throw new PreviewException("The state database could not be opened: " + e.getMessage());
        }
    }
}

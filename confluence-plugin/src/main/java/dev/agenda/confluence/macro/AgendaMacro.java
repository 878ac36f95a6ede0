package dev.agenda.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.macro.annotation.Format;
import com.atlassian.confluence.content.render.xhtml.macro.annotation.RequiresFormat;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.setup.settings.SettingsManager;
import com.atlassian.confluence.xhtml.api.XhtmlContent;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.agenda.confluence.PluginKeys;
import dev.agenda.confluence.host.ConfluenceHostContentRenderer;
import dev.agenda.core.render.AgendaMacroView;
import dev.agenda.core.render.IssueLinks;
import dev.agenda.core.render.LiveStatus;
import dev.agenda.core.render.RenderContext;
import dev.agenda.core.users.UserDirectory;
import dev.agenda.services.status.LiveStatusSource;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code agenda} macro: an ordinary Time | Topic | Chair | Notes table in its rich-text body, rendered as an
 * agenda with computed times, people, the item running now and the action items.
 *
 * <p>Confluence hands a rich-text macro its body as rendered view HTML unless the execute method asks for storage
 * format; this one asks ({@link RequiresFormat}), because the agenda is read from the storage format's structure
 * (tasks, user links, jira macros) — see docs/DESIGN.md. Everything else is delegated to core.
 */
public final class AgendaMacro implements Macro {

    /** The page id used before a page is first saved (the editor's preview). */
    static final String UNSAVED_PAGE = "unsaved";

    private final AgendaMacroView view;
    private final PageBuilderService pageBuilderService;
    private final XhtmlContent xhtmlContent;
    private final UserDirectory users;
    private final Clock clock;
    private final ZoneId serverZone;
    private final LiveStatusSource live;
    private final CalendarLink calendarLink;

    public AgendaMacro(
            AgendaMacroView view,
            PageBuilderService pageBuilderService,
            XhtmlContent xhtmlContent,
            UserDirectory users,
            Clock clock,
            ZoneId serverZone,
            LiveStatusSource live,
            SettingsManager settingsManager) {
        this.live = live;
        this.calendarLink = new CalendarLink(settingsManager);
        this.view = view;
        this.pageBuilderService = pageBuilderService;
        this.xhtmlContent = xhtmlContent;
        this.users = users;
        this.clock = clock;
        this.serverZone = serverZone;
    }

    @Override
    @RequiresFormat(Format.Storage)
    public String execute(Map<String, String> parameters, String body, ConversionContext conversionContext) {
        pageBuilderService.assembler().resources().requireWebResource(PluginKeys.WEB_RESOURCES);
        long id = pageIdOf(conversionContext);
        String pageId = id == 0 ? UNSAVED_PAGE : String.valueOf(id);
        IssueLinks issueLinks = jiraBrowseBase().map(IssueLinks::jiraAt).orElseGet(IssueLinks::none);
        LiveStatus status = live.forPage(id);
        RenderContext context = new RenderContext(
                users,
                issueLinks,
                new ConfluenceHostContentRenderer(xhtmlContent, conversionContext),
                clock.instant(),
                serverZone,
                status);
        String agenda = view.render(pageId, parameters, body, context).toString();
        // A saved page's agenda offers its calendar file; the editor's preview (no page yet) has none to offer.
        return id == 0 ? agenda : agenda + calendarLink.to(id, status.restBase());
    }

    private Optional<String> jiraBrowseBase() {
        return live.jiraSite().browseBase();
    }

    /** The page's id; 0 before the page is first saved (the editor's preview). */
    private static long pageIdOf(ConversionContext conversionContext) {
        ContentEntityObject entity = conversionContext.getEntity();
        return entity == null ? 0 : entity.getId();
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.RICH_TEXT;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}

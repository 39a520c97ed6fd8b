package com.gluework.jira.sprint;

import com.atlassian.jira.user.ApplicationUser;
import com.gluework.core.report.Board;
import com.gluework.core.report.Sprint;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Jira Software's boards when Jira Software is installed and enabled, nothing otherwise — decided on every call, so
 * disabling or enabling Jira Software needs no restart of Glue Work.
 * <p>
 * Jira Software's packages are an optional OSGi import of this bundle. Its two public services, {@code SprintService} and
 * {@code RapidViewService} — the ones public plugins have injected or look up as OSGi services (docs/host-fidelity.md) — are
 * looked up in the OSGi service registry under their interface names, which is where such an import finds them too; a
 * {@code @ComponentImport} here would be mandatory and stop Glue Work from starting on plain Jira. Jira Software's
 * managers ({@code SprintManager}, {@code RapidViewManager}) are not used: no public plugin is known to reach them as
 * OSGi services. No class here names a GreenHopper type; only {@link GreenHopperBoards} does, and it is loaded after
 * the types are known to resolve.
 */
public final class OptionalJiraSoftwareBoards implements JiraSoftwareBoards {
    static final String SPRINT_SERVICE = "com.atlassian.greenhopper.service.sprint.SprintService";
    static final String RAPID_VIEW_SERVICE = "com.atlassian.greenhopper.service.rapid.view.RapidViewService";
    /** In the order {@link GreenHopperBoards#fromServices} takes them. */
    static final List<String> SERVICES = List.of(SPRINT_SERVICE, RAPID_VIEW_SERVICE);

    private final BundleContext bundleContext;
    private final ClassLoader bundleClasses;

    /** @param bundleContext Glue Work's own bundle context (the {@code bundleContext} bean of its Spring context) */
    public OptionalJiraSoftwareBoards(BundleContext bundleContext) {
        this(bundleContext, OptionalJiraSoftwareBoards.class.getClassLoader());
    }

    /** @param bundleClasses the class loader that decides whether Jira Software's packages are wired to this bundle */
    OptionalJiraSoftwareBoards(BundleContext bundleContext, ClassLoader bundleClasses) {
        this.bundleContext = bundleContext;
        this.bundleClasses = bundleClasses;
    }

    @Override
    public boolean isAvailable() {
        return withBoards(boards -> true, false);
    }

    @Override
    public List<Board> findBoards(ApplicationUser viewer) {
        return withBoards(boards -> boards.findBoards(viewer), List.of());
    }

    @Override
    public Optional<Board> findBoard(ApplicationUser viewer, long boardId) {
        return withBoards(boards -> boards.findBoard(viewer, boardId), Optional.empty());
    }

    @Override
    public List<Sprint> findBoardSprints(ApplicationUser viewer, long boardId) {
        return withBoards(boards -> boards.findBoardSprints(viewer, boardId), List.of());
    }

    @Override
    public Optional<Sprint> findSprint(ApplicationUser viewer, long sprintId) {
        return withBoards(boards -> boards.findSprint(viewer, sprintId), Optional.empty());
    }

    private <T> T withBoards(Function<JiraSoftwareBoards, T> action, T withoutJiraSoftware) {
        List<Class<?>> types = new ArrayList<>();
        for (String name : SERVICES) {
            Optional<Class<?>> type = visibleClass(name);
            if (type.isEmpty()) {
                return withoutJiraSoftware;
            }
            types.add(type.get());
        }
        List<ServiceReference<?>> references = new ArrayList<>();
        for (String name : SERVICES) {
            ServiceReference<?> reference = bundleContext.getServiceReference(name);
            if (reference == null) {
                return withoutJiraSoftware;
            }
            references.add(reference);
        }
        List<ServiceReference<?>> taken = new ArrayList<>();
        try {
            List<Object> services = new ArrayList<>();
            for (int i = 0; i < references.size(); i++) {
                taken.add(references.get(i));
                Object service = bundleContext.getService(references.get(i));
                // After Jira Software is reinstalled, its new services may come from classes this bundle is not wired to.
                if (!types.get(i).isInstance(service)) {
                    return withoutJiraSoftware;
                }
                services.add(service);
            }
            return action.apply(GreenHopperBoards.fromServices(services.get(0), services.get(1)));
        } finally {
            taken.forEach(bundleContext::ungetService);
        }
    }

    private Optional<Class<?>> visibleClass(String className) {
        try {
            return Optional.of(Class.forName(className, false, bundleClasses));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty(); // Jira Software is not installed, or was not when this bundle was resolved
        }
    }
}

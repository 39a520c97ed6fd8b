package com.gluework.jira.sprint;

import com.gluework.core.report.Board;
import com.gluework.core.report.Sprint;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Jira Software's boards when Jira Software is installed and enabled, nothing otherwise — decided on every call, so
 * disabling or enabling Jira Software needs no restart of Glue Work.
 * <p>
 * Jira Software's packages are an optional OSGi import of this bundle, and its managers are looked up in the OSGi
 * service registry by name rather than imported as Spring beans (a {@code @ComponentImport} would make them
 * mandatory and stop Glue Work from starting on plain Jira). No class here names a GreenHopper type; only
 * {@link GreenHopperBoards} does, and it is loaded after the types are known to resolve.
 */
public final class OptionalJiraSoftwareBoards implements JiraSoftwareBoards {
    static final String SPRINT_MANAGER = "com.atlassian.greenhopper.service.sprint.SprintManager";
    static final String RAPID_VIEW_MANAGER = "com.atlassian.greenhopper.manager.rapidview.RapidViewManager";

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
    public List<Board> findBoards() {
        return withBoards(JiraSoftwareBoards::findBoards, List.of());
    }

    @Override
    public Optional<Board> findBoard(long boardId) {
        return withBoards(boards -> boards.findBoard(boardId), Optional.empty());
    }

    @Override
    public List<Sprint> findBoardSprints(long boardId) {
        return withBoards(boards -> boards.findBoardSprints(boardId), List.of());
    }

    @Override
    public Optional<Sprint> findSprint(long sprintId) {
        return withBoards(boards -> boards.findSprint(sprintId), Optional.empty());
    }

    private <T> T withBoards(Function<JiraSoftwareBoards, T> action, T withoutJiraSoftware) {
        Optional<Class<?>> sprintManagerType = visibleClass(SPRINT_MANAGER);
        Optional<Class<?>> rapidViewManagerType = visibleClass(RAPID_VIEW_MANAGER);
        if (sprintManagerType.isEmpty() || rapidViewManagerType.isEmpty()) {
            return withoutJiraSoftware;
        }
        ServiceReference<?> sprintsRef = bundleContext.getServiceReference(SPRINT_MANAGER);
        ServiceReference<?> boardsRef = bundleContext.getServiceReference(RAPID_VIEW_MANAGER);
        if (sprintsRef == null || boardsRef == null) {
            return withoutJiraSoftware;
        }
        try {
            Object sprintManager = bundleContext.getService(sprintsRef);
            Object rapidViewManager = bundleContext.getService(boardsRef);
            // After Jira Software is reinstalled, its new services may come from classes this bundle is not wired to.
            if (!sprintManagerType.get().isInstance(sprintManager) || !rapidViewManagerType.get().isInstance(rapidViewManager)) {
                return withoutJiraSoftware;
            }
            return action.apply(GreenHopperBoards.fromServices(sprintManager, rapidViewManager));
        } finally {
            bundleContext.ungetService(sprintsRef);
            bundleContext.ungetService(boardsRef);
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

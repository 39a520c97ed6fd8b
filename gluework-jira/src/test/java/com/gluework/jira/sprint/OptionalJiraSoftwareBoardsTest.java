package com.gluework.jira.sprint;

import com.atlassian.greenhopper.model.rapid.RapidView;
import com.atlassian.greenhopper.service.ServiceOutcome;
import com.atlassian.greenhopper.service.rapid.view.RapidViewService;
import com.atlassian.greenhopper.service.sprint.SprintService;
import com.atlassian.jira.user.ApplicationUser;
import com.gluework.core.report.Board;
import org.junit.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

public class OptionalJiraSoftwareBoardsTest {
    private final BundleContext bundleContext = mock(BundleContext.class);

    @Test
    public void whenJiraSoftwareClassesAreNotWired_shouldBeUnavailableWithoutAskingOsgi() {
        // given a bundle class loader that cannot see Jira Software's packages (plain Jira)
        OptionalJiraSoftwareBoards boards = new OptionalJiraSoftwareBoards(bundleContext, new HidingGreenHopper());

        // when / then
        assertFalse(boards.isAvailable());
        assertTrue(boards.findBoards(null).isEmpty());
        assertTrue(boards.findSprint(null, 1).isEmpty());
        verifyNoInteractions(bundleContext);
    }

    @Test
    public void whenJiraSoftwareIsDisabled_shouldBeUnavailable() {
        // given the classes resolve but no service is registered
        OptionalJiraSoftwareBoards boards = new OptionalJiraSoftwareBoards(bundleContext);

        assertFalse(boards.isAvailable());
        assertTrue(boards.findBoardSprints(null, 1).isEmpty());
    }

    @Test
    public void whenJiraSoftwareRuns_shouldAnswerFromItsServicesAsTheViewerAndReleaseThem() {
        // given
        ApplicationUser viewer = mock(ApplicationUser.class);
        RapidView view = mock(RapidView.class);
        when(view.getId()).thenReturn(4L);
        when(view.getName()).thenReturn("Team");
        @SuppressWarnings("unchecked") ServiceOutcome<List<RapidView>> all = mock(ServiceOutcome.class);
        when(all.isValid()).thenReturn(true);
        when(all.get()).thenReturn(List.of(view));
        @SuppressWarnings("unchecked") ServiceOutcome<RapidView> visible = mock(ServiceOutcome.class);
        when(visible.isValid()).thenReturn(true);
        when(visible.get()).thenReturn(view);
        RapidViewService rapidViewService = mock(RapidViewService.class);
        when(rapidViewService.getRapidViews(viewer)).thenReturn(all);
        when(rapidViewService.getRapidView(viewer, 4L)).thenReturn(visible);
        List<ServiceReference<?>> references = List.of(
                register(OptionalJiraSoftwareBoards.SPRINT_SERVICE, mock(SprintService.class)),
                register(OptionalJiraSoftwareBoards.RAPID_VIEW_SERVICE, rapidViewService));
        OptionalJiraSoftwareBoards boards = new OptionalJiraSoftwareBoards(bundleContext);

        // when
        List<Board> found = boards.findBoards(viewer);

        // then
        assertEquals(List.of(new Board(4, "Team")), found);
        references.forEach(reference -> verify(bundleContext).ungetService(reference));
        assertEquals(new Board(4, "Team"), boards.findBoard(viewer, 4L).orElseThrow());
    }

    @Test
    public void whenOneOfTheTwoServicesIsMissing_shouldBeUnavailable() {
        // given Jira Software registers its board service but (still starting, or failed) not its sprint service
        register(OptionalJiraSoftwareBoards.RAPID_VIEW_SERVICE, mock(RapidViewService.class));

        assertFalse(new OptionalJiraSoftwareBoards(bundleContext).isAvailable());
    }

    @Test
    public void shouldLookUpOnlyTheServicesPublicPluginsImport() {
        assertEquals(List.of("com.atlassian.greenhopper.service.sprint.SprintService",
                "com.atlassian.greenhopper.service.rapid.view.RapidViewService"), OptionalJiraSoftwareBoards.SERVICES);
    }

    @Test
    public void whenTheRegisteredServiceIsOfAnotherClassSpace_shouldBeUnavailable() {
        // given a stale registration: not a SprintService this bundle can use
        ServiceReference<?> stale = register(OptionalJiraSoftwareBoards.SPRINT_SERVICE, new Object());
        register(OptionalJiraSoftwareBoards.RAPID_VIEW_SERVICE, mock(RapidViewService.class));

        assertFalse(new OptionalJiraSoftwareBoards(bundleContext).isAvailable());
        verify(bundleContext).ungetService(stale);
    }

    private ServiceReference<?> register(String className, Object service) {
        ServiceReference<?> reference = mock(ServiceReference.class);
        doReturn(reference).when(bundleContext).getServiceReference(className);
        doReturn(service).when(bundleContext).getService(reference);
        return reference;
    }

    /** A class loader without Jira Software, as on plain Jira. */
    private static final class HidingGreenHopper extends ClassLoader {
        HidingGreenHopper() {
            super(OptionalJiraSoftwareBoardsTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("com.atlassian.greenhopper.")) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }
    }
}

package com.gluework.core.privacy;

import com.gluework.core.model.ProjectRef;

/** A project's privacy setting as one viewer sees it: the setting, and whether this viewer may change it. */
public record ProjectPrivacy(ProjectRef project, PerPersonVisibility perPersonFigures, boolean canChange) {
}

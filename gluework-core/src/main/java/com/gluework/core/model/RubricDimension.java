package com.gluework.core.model;

import java.util.Objects;

/**
 * A career-rubric dimension glue is evidence for, with what glue looks like along it at each of the three levels the
 * product knows (docs/domain.md, "Career rubric mapping"). Categories name the dimension they map to by its
 * {@link #name()}; evidence packets group a person's glue by it.
 *
 * @param name    the dimension as people say it ("Team multiplication"); unique
 * @param seniorIc what glue along this dimension looks like for a Senior IC
 * @param staff   ... for a Staff engineer or Tech lead
 * @param manager ... for a Manager
 * @param order   display order, ascending
 */
public record RubricDimension(String name, String seniorIc, String staff, String manager, int order) {
    public RubricDimension {
        Objects.requireNonNull(name, "name");
        seniorIc = seniorIc == null ? "" : seniorIc;
        staff = staff == null ? "" : staff;
        manager = manager == null ? "" : manager;
    }
}

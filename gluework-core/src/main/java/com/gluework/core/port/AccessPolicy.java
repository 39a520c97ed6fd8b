package com.gluework.core.port;

import com.gluework.core.model.IssueRef;

import java.util.Optional;

/** The host's permission model, asked per object; coarse REST access annotations are not enough on their own. */
public interface AccessPolicy {

    /** May this actor (empty = anonymous) see the issue and the glue recorded on it? */
    boolean canBrowse(Optional<String> actorKey, IssueRef issue);

    /** Is this actor an administrator of the issue's project (may edit anyone's contribution there)? */
    boolean canAdministerProject(String actorKey, IssueRef issue);
}

package com.gluework.core.port;

import java.util.Optional;

/** Who is making the current request, as a user key; empty for anonymous. */
public interface CurrentUser {

    Optional<String> key();
}

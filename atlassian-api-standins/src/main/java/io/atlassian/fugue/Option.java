package io.atlassian.fugue;

import java.util.Optional;

/**
 * Compile-only stand-in: Atlassian fugue's optional value, as SAL's {@code TransactionalExecutor.getSchemaName()}
 * returns it. An abstract class (not an interface) in the real library, so calls compile to {@code invokevirtual}.
 * <p>
 * Mirrors: fugue 4+ source, {@code io/atlassian/fugue/Option.java} (public source, Apache 2.0):
 * {@code public abstract class Option<A> implements Iterable<A>, Maybe<A>, Serializable} with
 * {@code public abstract Optional<A> toOptional()} and the factory {@code public static <A> Option<A> option(A a)} (a
 * none for {@code null}). docs/atlassian-signatures.md §2.14. Only the members Glue Work and its tests call.
 */
public abstract class Option<A> {

    Option() {
    }

    /** Some {@code a}, or none if it is {@code null}. */
    public static <A> Option<A> option(A a) {
        return new Option<>() {
            @Override
            public Optional<A> toOptional() {
                return Optional.ofNullable(a);
            }
        };
    }

    /** {@link Optional#of} the value if defined, otherwise empty. */
    public abstract Optional<A> toOptional();
}

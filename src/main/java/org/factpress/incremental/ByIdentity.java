package org.factpress.incremental;

/**
 * An object as a map key by identity, not by equality: for what is worked out once per object (a record's digest,
 * a loaded file's checks), where comparing whole records field by field would cost what the memo saves.
 */
public record ByIdentity(Object object) {
    @Override
    public boolean equals(Object other) {
        return other instanceof ByIdentity b && b.object == object;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(object);
    }
}

package org.factpress.incremental;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What one run worked out, kept for the next: {@code serve} rebuilds after every save, and most of the content is
 * as it was. Only what the last run used is kept, so a desk that edits all day does not fill the memory.
 * Thread-safe for {@link #get}; {@link #nextRun} is called between runs.
 */
public final class Memo<K, V> {
    private volatile Map<K, V> used = new ConcurrentHashMap<>();
    private volatile Map<K, V> before = new ConcurrentHashMap<>();

    /** The value kept for {@code key}, or {@code make}'s (null is not kept). */
    public V get(K key, Function<K, V> make) {
        V v = used.get(key);
        if (v == null) {
            v = before.get(key);
            if (v == null) {
                v = make.apply(key);
            }
            if (v != null) {
                used.put(key, v);
            }
        }
        return v;
    }

    /** Forgets what the run before the last did not use. */
    public void nextRun() {
        before = used;
        used = new ConcurrentHashMap<>(before.size()); // sized for as much as last time: no growing on the way
    }
}

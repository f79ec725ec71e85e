package org.factpress.incremental;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.factpress.model.Origin;

/**
 * A digest (SHA-256) of what a page is made from: its template's name and its whole model, walked through
 * records, lists, maps and values. A page's HTML is a function of that, the theme and factpress itself, so a page
 * whose digest is the last build's need not be rendered again ({@link UnchangedPages}).
 *
 * <p>Made to say "same" only when the model is the same: every value is fed with its kind and length; maps, sets
 * and lists in the order a template would list them, so the same entries in another order give another digest, as
 * they may give other HTML. A value it does not know how to see whole (a lambda, a class of another library) gives
 * no digest, and the page is always rendered. Records holding other records or lists are digested once each a
 * build, by identity, since the same check appears on many pages: the model is immutable while pages render.
 *
 * <p>The walk also notes which content files the model came from (each model object's {@link Origin}): what the
 * page read, so the next build knows which pages an edited file can change ({@link KeptPages}).
 */
public final class ModelDigest {
    private static final int MAX_DEPTH = 64;

    private final Map<ByIdentity, Digested> kept = new ConcurrentHashMap<>();

    /** A page's digest, and the content files its model came from. */
    public record Page(byte[] digest, Set<Path> reads) {}

    /** A digest and the files read under it, kept by identity for a record or helper seen again. */
    private record Digested(byte[] digest, Set<Path> reads) {}

    /** Thrown, and caught in {@link #of}, on a value that cannot be digested. */
    private static final class Unknown extends Exception {
        Unknown(Object value) {
            super(value.getClass().getName(), null, false, false);
        }
    }

    /** The digest of {@code template} rendered with {@code model}, or null when the model holds a value it cannot see. */
    public byte[] of(String template, Map<String, ?> model) {
        Page p = page(template, model);
        return p == null ? null : p.digest();
    }

    /** As {@link #of}, with the files the model was read from; null when the model holds a value it cannot see. */
    public Page page(String template, Map<String, ?> model) {
        Feed f = Feed.open();
        try {
            f.string(template);
            walk(model, f, 0);
        } catch (Unknown e) {
            f.finish();
            return null;
        }
        Digested d = f.finish();
        return new Page(d.digest(), d.reads());
    }

    /** How a value of a class is fed; worked out once a class. */
    private enum Kind { STRING, INTEGER, BOOLEAN, VALUE, RECORD, MAP, SORTED_MAP, LIST, SORTED_SET, OPTIONAL, ARRAY,
        FACTPRESS, UNKNOWN }

    private static final ClassValue<Kind> KINDS = new ClassValue<>() {
        @Override
        protected Kind computeValue(Class<?> c) {
            if (c == String.class) {
                return Kind.STRING;
            } else if (c == Integer.class) {
                return Kind.INTEGER;
            } else if (c == Boolean.class) {
                return Kind.BOOLEAN;
            } else if (Number.class.isAssignableFrom(c) && c.getName().startsWith("java.")
                    || c == Character.class || Enum.class.isAssignableFrom(c)
                    || java.time.temporal.TemporalAccessor.class.isAssignableFrom(c) && c.getName().startsWith("java.")
                    || c == java.time.Duration.class || java.nio.file.Path.class.isAssignableFrom(c)
                    || c == java.net.URI.class || c == java.util.Locale.class) {
                // Each of these prints itself whole and unambiguously within its class.
                return Kind.VALUE;
            } else if (c.isRecord()) {
                return Kind.RECORD;
            } else if (Map.class.isAssignableFrom(c)) {
                return unordered(c) ? Kind.SORTED_MAP : Kind.MAP;
            } else if (Collection.class.isAssignableFrom(c)) {
                return java.util.Set.class.isAssignableFrom(c) && unordered(c) ? Kind.SORTED_SET : Kind.LIST;
            } else if (c == Optional.class) {
                return Kind.OPTIONAL;
            } else if (c.isArray()) {
                return Kind.ARRAY;
            } else if (c.getName().startsWith("org.factpress.") && !c.isSynthetic() && !c.isAnonymousClass()
                    && !c.isHidden()) {
                // factpress's own helpers (Urls, Dates): what they do depends on their fields alone.
                return Kind.FACTPRESS;
            }
            return Kind.UNKNOWN;
        }
    };

    private void walk(Object v, Feed f, int depth) throws Unknown {
        if (v == null) {
            f.tag('0');
            return;
        }
        if (depth > MAX_DEPTH) {
            throw new Unknown(v);
        }
        switch (KINDS.get(v.getClass())) {
            case STRING -> {
                f.tag('S');
                f.string((String) v);
            }
            case INTEGER -> {
                f.tag('I');
                f.integer((Integer) v);
            }
            case BOOLEAN -> f.tag((Boolean) v ? 'T' : 'F');
            case VALUE -> {
                f.tag('V');
                f.string(v.getClass().getName());
                f.string(v.toString());
            }
            case RECORD -> record((Record) v, f, depth);
            case MAP -> {
                Map<?, ?> m = (Map<?, ?>) v;
                f.tag('M');
                f.integer(m.size());
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    walk(e.getKey(), f, depth + 1);
                    walk(e.getValue(), f, depth + 1);
                }
            }
            case SORTED_MAP -> {
                Map<?, ?> m = (Map<?, ?>) v;
                if (m.keySet().stream().allMatch(k -> k instanceof String)) {
                    // Keys are unique: in their own order, the entries are in one order whatever the JVM's.
                    f.tag('k');
                    f.integer(m.size());
                    List<String> keys = new ArrayList<>();
                    m.keySet().forEach(k -> keys.add((String) k));
                    keys.sort(null);
                    for (String k : keys) {
                        f.string(k);
                        walk(m.get(k), f, depth + 1);
                    }
                    return;
                }
                f.tag('m');
                f.integer(m.size());
                List<byte[]> entries = new ArrayList<>();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    Feed entry = Feed.open();
                    walk(e.getKey(), entry, depth + 1);
                    walk(e.getValue(), entry, depth + 1);
                    entries.add(entry.finishInto(f));
                }
                sorted(entries, f);
            }
            case LIST -> {
                Collection<?> c = (Collection<?>) v;
                f.tag('L');
                f.integer(c.size());
                for (Object o : c) {
                    walk(o, f, depth + 1);
                }
            }
            case SORTED_SET -> {
                Collection<?> c = (Collection<?>) v;
                f.tag('s');
                f.integer(c.size());
                List<byte[]> elements = new ArrayList<>();
                for (Object o : c) {
                    Feed element = Feed.open();
                    walk(o, element, depth + 1);
                    elements.add(element.finishInto(f));
                }
                sorted(elements, f);
            }
            case OPTIONAL -> {
                f.tag('O');
                walk(((Optional<?>) v).orElse(null), f, depth + 1);
            }
            case ARRAY -> {
                f.tag('A');
                f.string(v.getClass().getName());
                int n = java.lang.reflect.Array.getLength(v);
                f.integer(n);
                for (int i = 0; i < n; i++) {
                    walk(java.lang.reflect.Array.get(v, i), f, depth + 1);
                }
            }
            case FACTPRESS -> {
                // One helper (the theme's words, the URLs) is given to every page: digested once per object.
                f.tag('X');
                Digested d = kept.get(new ByIdentity(v));
                if (d == null) {
                    Feed own = Feed.open();
                    own.string(v.getClass().getName());
                    for (Field field : FIELDS.get(v.getClass())) {
                        try {
                            walk(field.get(v), own, depth + 1);
                        } catch (IllegalAccessException e) {
                            throw new Unknown(v);
                        }
                    }
                    d = own.finish();
                    kept.put(new ByIdentity(v), d);
                }
                f.add(d);
            }
            default -> throw new Unknown(v);
        }
    }

    /**
     * Whether a map or set class iterates in an order that changes from one run of the JVM to the next, as
     * {@code Map.of} and {@code Set.of} do by design: fed in an order of their own, or no page would ever be kept.
     * A template that lists one prints a different order on every run anyway. Other maps and sets (HashMap,
     * LinkedHashMap, TreeMap) are fed as they iterate: the same order each time for the same entries put in the
     * same order, and another order, which may print differently, gives another digest.
     */
    private static boolean unordered(Class<?> mapOrSet) {
        return mapOrSet.getName().startsWith("java.util.ImmutableCollections$");
    }

    private static void sorted(List<byte[]> digests, Feed f) {
        digests.sort(java.util.Arrays::compare);
        for (byte[] d : digests) {
            f.bytes(d);
        }
    }

    private void record(Record r, Feed f, int depth) throws Unknown {
        if (!NESTS.get(r.getClass())) {
            f.tag('R');
            components(r, f, depth);
            return;
        }
        f.tag('D');
        Digested d = kept.get(new ByIdentity(r));
        if (d == null) {
            Feed own = Feed.open();
            components(r, own, depth);
            d = own.finish();
            kept.put(new ByIdentity(r), d);
        }
        f.add(d);
    }

    private void components(Record r, Feed f, int depth) throws Unknown {
        if (r instanceof Origin o) {
            f.reads.add(o.file());
        }
        f.string(r.getClass().getName());
        for (MethodHandle accessor : ACCESSORS.get(r.getClass())) {
            if (accessor == null) {
                throw new Unknown(r);
            }
            Object value;
            try {
                value = (Object) accessor.invokeExact((Object) r);
            } catch (Throwable t) {
                throw new Unknown(r);
            }
            walk(value, f, depth + 1);
        }
    }

    /** Each record class's component accessors, in declaration order; null for one that cannot be called. */
    private static final ClassValue<List<MethodHandle>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<MethodHandle> computeValue(Class<?> type) {
            List<MethodHandle> handles = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                try {
                    java.lang.reflect.Method m = c.getAccessor();
                    m.setAccessible(true);
                    handles.add(MethodHandles.lookup().unreflect(m)
                            .asType(java.lang.invoke.MethodType.methodType(Object.class, Object.class)));
                } catch (IllegalAccessException | RuntimeException e) {
                    handles.add(null);
                }
            }
            return java.util.Collections.unmodifiableList(handles);
        }
    };

    /** Whether a record class holds more than plain values (worth keeping its digest by identity). */
    private static final ClassValue<Boolean> NESTS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            for (RecordComponent c : type.getRecordComponents()) {
                Class<?> t = c.getType();
                if (!(t.isPrimitive() || t == String.class || Number.class.isAssignableFrom(t) || t == Boolean.class
                        || t.isEnum() || java.time.temporal.TemporalAccessor.class.isAssignableFrom(t)
                        || java.nio.file.Path.class.isAssignableFrom(t))) {
                    return true;
                }
            }
            return false;
        }
    };

    /** The instance fields of a factpress class and its superclasses, made readable. */
    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        field.setAccessible(true);
                        fields.add(field);
                    }
                }
            }
            return List.copyOf(fields);
        }
    };

    /**
     * Bytes into SHA-256, through a buffer: a model is fed in many small pieces. Feeds are reused, one per level
     * of nesting on each thread: a record's or a set entry's own digest is made while its holder's is open, and
     * a build makes tens of thousands of them.
     */
    private static final class Feed {
        /** Chars of a string taken at a time; the buffer holds two bytes of each. */
        private static final int CHUNK = 2048;
        private static final ThreadLocal<java.util.ArrayDeque<Feed>> FREE =
                ThreadLocal.withInitial(java.util.ArrayDeque::new);
        private final MessageDigest sha = sha256();
        private final byte[] buffer = new byte[2 * CHUNK + 1];
        private final char[] chars = new char[CHUNK];
        /** The files read by what was fed. */
        private final Set<Path> reads = new HashSet<>();
        private int used;

        static Feed open() {
            Feed f = FREE.get().poll();
            return f != null ? f : new Feed();
        }

        void tag(char c) {
            room(1);
            buffer[used++] = (byte) c;
        }

        void integer(int n) {
            room(4);
            buffer[used++] = (byte) (n >>> 24);
            buffer[used++] = (byte) (n >>> 16);
            buffer[used++] = (byte) (n >>> 8);
            buffer[used++] = (byte) n;
        }

        /**
         * Its length, then each chunk of its chars as one byte each when all are below 256 (most text), else two:
         * a mark before each chunk says which, so no two strings feed the same bytes.
         */
        void string(String s) {
            int n = s.length();
            integer(n);
            for (int from = 0; from < n; from += CHUNK) {
                int len = Math.min(CHUNK, n - from);
                s.getChars(from, from + len, chars, 0);
                room(2 * len + 1);
                byte[] b = buffer;
                int at = used;
                b[at++] = 1;
                int high = 0;
                for (int i = 0; i < len; i++) {
                    char c = chars[i];
                    high |= c;
                    b[at++] = (byte) c;
                }
                if (high >= 256) {
                    at = used;
                    b[at++] = 2;
                    for (int i = 0; i < len; i++) {
                        char c = chars[i];
                        b[at++] = (byte) (c >>> 8);
                        b[at++] = (byte) c;
                    }
                }
                used = at;
            }
        }

        void bytes(byte[] b) {
            flush();
            sha.update(b);
        }

        private void room(int n) {
            if (used + n > buffer.length) {
                flush();
            }
        }

        private void flush() {
            sha.update(buffer, 0, used);
            used = 0;
        }

        /** A digest kept by identity, fed as its bytes, with the files read under it. */
        void add(Digested d) {
            bytes(d.digest());
            reads.addAll(d.reads());
        }

        /** The digest of what was fed, and the files read; the feed is then free for the next. */
        Digested finish() {
            flush();
            byte[] d = sha.digest();
            Set<Path> r = reads.isEmpty() ? Set.of() : Set.copyOf(reads);
            reads.clear();
            FREE.get().push(this);
            return new Digested(d, r);
        }

        /** As {@link #finish}, the files read added to {@code holder}'s: an entry of a map or set. */
        byte[] finishInto(Feed holder) {
            Digested d = finish();
            holder.reads.addAll(d.reads());
            return d.digest();
        }
    }

    /** A SHA-256 made once, copied for each feed: looking one up through the providers costs more. */
    private static final MessageDigest PROTOTYPE = lookUp();

    private static MessageDigest sha256() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return lookUp();
        }
    }

    private static MessageDigest lookUp() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

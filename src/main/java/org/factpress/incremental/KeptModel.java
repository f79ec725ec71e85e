package org.factpress.incremental;

import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Model values written to bytes and read back equal: records (by their components, rebuilt through their
 * canonical constructor), enums, lists, sets and maps (in their order), text, numbers, booleans, dates and paths.
 * Anything else cannot be kept: writing it fails, and the memo then keeps nothing for it.
 */
final class KeptModel {
    private static final int NULL = 0, TEXT = 1, INT = 2, LONG = 3, BOOL = 4, DATE = 5, PATH = 6, ENUM = 7,
            LIST = 8, MAP = 9, SET = 10, RECORD = 11, SEEN = 12;

    private KeptModel() {}

    /** Each record class's accessors and canonical constructor, looked up once per memo rather than per value. */
    static final class Shapes {
        private record Shape(java.lang.reflect.Method[] parts, Constructor<?> make) {}

        private final Map<Class<?>, Shape> known = new java.util.concurrent.ConcurrentHashMap<>();
        /** Classes by name, as the kept values name them: each value names its classes once. */
        private final Map<String, Class<?>> classes = new java.util.concurrent.ConcurrentHashMap<>();

        private Class<?> named(String name) throws ClassNotFoundException {
            Class<?> c = classes.get(name);
            if (c == null) {
                c = Class.forName(name, false, KeptModel.class.getClassLoader());
                classes.put(name, c);
            }
            return c;
        }

        private Shape of(Class<?> c) {
            return known.computeIfAbsent(c, k -> {
                try {
                    RecordComponent[] parts = k.getRecordComponents();
                    java.lang.reflect.Method[] get = new java.lang.reflect.Method[parts.length];
                    Class<?>[] types = new Class<?>[parts.length];
                    for (int i = 0; i < parts.length; i++) {
                        get[i] = parts[i].getAccessor();
                        get[i].setAccessible(true);
                        types[i] = parts[i].getType();
                    }
                    Constructor<?> make = k.getDeclaredConstructor(types);
                    make.setAccessible(true);
                    return new Shape(get, make);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalArgumentException("cannot keep a " + k.getName(), e);
                }
            });
        }
    }

    static final class Encoder {
        private final DataOutputStream out;
        private final Shapes shapes;
        /** Class names and paths written once per value, then by number: a claim names its file many times. */
        private final Map<Object, Integer> seen = new HashMap<>();

        Encoder(DataOutputStream out, Shapes shapes) {
            this.out = out;
            this.shapes = shapes;
        }

        void write(Object v) throws IOException, ReflectiveOperationException {
            if (v == null) {
                out.writeByte(NULL);
            } else if (v instanceof String s) {
                out.writeByte(TEXT);
                text(s);
            } else if (v instanceof Integer i) {
                out.writeByte(INT);
                out.writeInt(i);
            } else if (v instanceof Long l) {
                out.writeByte(LONG);
                out.writeLong(l);
            } else if (v instanceof Boolean b) {
                out.writeByte(BOOL);
                out.writeBoolean(b);
            } else if (v instanceof LocalDate d) {
                out.writeByte(DATE);
                out.writeLong(d.toEpochDay());
            } else if (v instanceof Path p) {
                if (!once(PATH, p)) {
                    text(p.toString());
                }
            } else if (v instanceof Enum<?> e) {
                out.writeByte(ENUM);
                name(e.getDeclaringClass());
                text(e.name());
            } else if (v instanceof List<?> list) {
                out.writeByte(LIST);
                out.writeInt(list.size());
                for (Object o : list) {
                    write(o);
                }
            } else if (v instanceof Set<?> set) {
                out.writeByte(SET);
                out.writeInt(set.size());
                for (Object o : set) {
                    write(o);
                }
            } else if (v instanceof Map<?, ?> map) {
                out.writeByte(MAP);
                out.writeInt(map.size());
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    write(e.getKey());
                    write(e.getValue());
                }
            } else if (v.getClass().isRecord()) {
                out.writeByte(RECORD);
                name(v.getClass());
                for (java.lang.reflect.Method get : shapes.of(v.getClass()).parts()) {
                    write(get.invoke(v));
                }
            } else {
                throw new IllegalArgumentException("cannot keep a " + v.getClass().getName());
            }
        }

        private void name(Class<?> c) throws IOException {
            if (!once(-1, c)) {
                text(c.getName());
            }
        }

        /** Writes {@code v}'s number when it was written before (true); else tags it new. */
        private boolean once(int tag, Object v) throws IOException {
            Integer n = seen.get(v);
            if (n != null) {
                out.writeByte(SEEN);
                out.writeInt(n);
                return true;
            }
            seen.put(v, seen.size());
            if (tag >= 0) {
                out.writeByte(tag);
            } else {
                out.writeByte(NULL); // a class name follows
            }
            return false;
        }

        private void text(String s) throws IOException {
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    /** Reads what an {@link Encoder} wrote, from the bytes in memory (a kept value is read whole). */
    static final class Decoder {
        private final java.nio.ByteBuffer in;
        private final Shapes shapes;
        private final List<Object> seen = new ArrayList<>();

        Decoder(java.nio.ByteBuffer bytes, Shapes shapes) {
            this.in = bytes;
            this.shapes = shapes;
        }

        Object read() throws IOException, ReflectiveOperationException {
            int tag = in.get();
            switch (tag) {
                case NULL:
                    return null;
                case TEXT:
                    return text();
                case INT:
                    return in.getInt();
                case LONG:
                    return in.getLong();
                case BOOL:
                    return in.get() != 0;
                case DATE:
                    return LocalDate.ofEpochDay(in.getLong());
                case PATH: {
                    Path p = Path.of(text());
                    seen.add(p);
                    return p;
                }
                case SEEN:
                    return seen.get(in.getInt());
                case ENUM: {
                    Class<?> c = type();
                    String name = text();
                    for (Object e : c.getEnumConstants()) {
                        if (((Enum<?>) e).name().equals(name)) {
                            return e;
                        }
                    }
                    throw new IOException("no " + name + " in " + c.getName());
                }
                case LIST: {
                    int n = in.getInt();
                    List<Object> list = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        list.add(read());
                    }
                    return Collections.unmodifiableList(list);
                }
                case SET: {
                    int n = in.getInt();
                    Set<Object> set = new LinkedHashSet<>();
                    for (int i = 0; i < n; i++) {
                        set.add(read());
                    }
                    return set;
                }
                case MAP: {
                    int n = in.getInt();
                    Map<Object, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        map.put(read(), read());
                    }
                    return map;
                }
                case RECORD: {
                    Shapes.Shape shape = shapes.of(type());
                    Object[] values = new Object[shape.parts().length];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = read();
                    }
                    return shape.make().newInstance(values);
                }
                default:
                    throw new IOException("damaged");
            }
        }

        private Class<?> type() throws IOException, ClassNotFoundException {
            int tag = in.get();
            if (tag == SEEN) {
                return (Class<?>) seen.get(in.getInt());
            }
            if (tag != NULL) {
                throw new IOException("damaged");
            }
            Class<?> c = shapes.named(text());
            seen.add(c);
            return c;
        }

        private String text() throws IOException {
            int n = in.getInt();
            if (n < 0 || n > in.remaining()) {
                throw new IOException("damaged");
            }
            if (in.hasArray()) {
                String s = new String(in.array(), in.arrayOffset() + in.position(), n,
                        java.nio.charset.StandardCharsets.UTF_8);
                in.position(in.position() + n);
                return s;
            }
            if (scratch.length < n) { // a file read outside the heap: its text copied out, a piece at a time
                scratch = new byte[Math.max(n, 2 * scratch.length)];
            }
            in.get(scratch, 0, n);
            return new String(scratch, 0, n, java.nio.charset.StandardCharsets.UTF_8);
        }

        private byte[] scratch = new byte[256];
    }
}

package org.factpress.view;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The model of one page: its head and its body, a record of the page's kind ({@link ClaimPage},
 * {@link PersonPage}...). A template's variables are the components of both, by name; a {@link ListPage}
 * component gives its name to the items on the page and adds its pager's variables.
 */
public record SitePage(Head head, Record body) {

    /** The page's variables, put into {@code vars}; a null component is left out, as a template's {@code x??} expects. */
    public void putInto(Map<String, Object> vars) {
        components(head, vars);
        components(body, vars);
    }

    private static void components(Record r, Map<String, Object> vars) {
        for (Map.Entry<String, Method> c : ACCESSORS.get(r.getClass()).entrySet()) {
            Object value;
            try {
                value = c.getValue().invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("page model " + r.getClass().getSimpleName() + "." + c.getKey(), e);
            }
            if (value instanceof ListPage<?> list) {
                list.putInto(c.getKey(), vars);
            } else if (value != null) {
                vars.put(c.getKey(), value);
            }
        }
    }

    /** Each record class's component accessors by name, in declaration order, looked up once a class. */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> m = new LinkedHashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Method accessor = c.getAccessor();
                accessor.setAccessible(true);
                m.put(c.getName(), accessor);
            }
            return java.util.Collections.unmodifiableMap(m);
        }
    };
}

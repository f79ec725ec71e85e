package org.factpress.theme;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.ext.util.WrapperTemplateModel;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Freemarker's default wrapper, with a quicker way into the model's records. Pages read a record's components
 * (`c.claim.headline`) tens of times each, and Freemarker's bean wrapper makes a new bean model and a reflective,
 * access-checked call for every one. Here a record's components are read through method handles looked up once
 * per record class. Anything else on a record (a method such as `u.label()`) goes to the bean model Freemarker
 * would have used. Pages come out byte for byte as the bean wrapper alone makes them; the one difference is
 * that a record printed whole ({@code ${c}}) is an error instead of its {@code toString()}, which no page wants.
 */
final class RecordWrapper extends DefaultObjectWrapper {
    /**
     * Each record class's component accessors, by component name. Empty, so left to the bean model, for a class
     * that is not public or that implements an interface (Freemarker may treat it as a list, a map, a model).
     */
    private static final ClassValue<Map<String, MethodHandle>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            Map<String, MethodHandle> m = new HashMap<>();
            if (!Modifier.isPublic(type.getModifiers()) || type.getInterfaces().length > 0) {
                return m;
            }
            for (RecordComponent c : type.getRecordComponents()) {
                try {
                    MethodHandle h = MethodHandles.publicLookup().unreflect(c.getAccessor());
                    m.put(c.getName(), h.asType(MethodType.methodType(Object.class, Object.class)));
                } catch (IllegalAccessException e) {
                    return new HashMap<>(); // not reachable from outside: the bean model decides, as before
                }
            }
            return m;
        }
    };

    RecordWrapper() {
        super(Configuration.VERSION_2_3_34);
        writeProtect();
    }

    /**
     * Strings and records first: they are most of what pages print and read, and the default wrapper tries them
     * only after several interface checks (a string as the default wrapper wraps it).
     */
    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj instanceof String s) {
            return new SimpleScalar(s);
        }
        if (obj instanceof Record r && !COMPONENTS.get(r.getClass()).isEmpty()) {
            return new RecordModel(r, this);
        }
        return super.wrap(obj);
    }

    /** The bean model Freemarker itself makes for {@code obj}. */
    private TemplateModel beanModel(Object obj) throws TemplateModelException {
        return super.handleUnknownType(obj);
    }

    /** A record as a template sees it: its components, and the rest of its bean model. */
    private static final class RecordModel
            implements MethodCallAwareTemplateHashModel, AdapterTemplateModel, WrapperTemplateModel {
        private final Record record;
        private final RecordWrapper wrapper;
        private final Map<String, MethodHandle> components;
        private MethodCallAwareTemplateHashModel bean;

        RecordModel(Record record, RecordWrapper wrapper) {
            this.record = record;
            this.wrapper = wrapper;
            this.components = COMPONENTS.get(record.getClass());
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            MethodHandle accessor = components.get(key);
            if (accessor == null) {
                return bean().get(key);
            }
            Object value;
            try {
                value = accessor.invokeExact((Object) record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new TemplateModelException(e);
            }
            return wrapper.wrap(value);
        }

        /** {@code x.name()}: a call, which the bean model answers, components included. */
        @Override
        public TemplateModel getBeforeMethodCall(String key)
                throws TemplateModelException, ShouldNotBeGetAsMethodException {
            return bean().getBeforeMethodCall(key);
        }

        private MethodCallAwareTemplateHashModel bean() throws TemplateModelException {
            if (bean == null) {
                bean = (MethodCallAwareTemplateHashModel) wrapper.beanModel(record);
            }
            return bean;
        }

        @Override
        public boolean isEmpty() {
            return false; // as the bean model of an object that is not a collection, map or string
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }
    }
}

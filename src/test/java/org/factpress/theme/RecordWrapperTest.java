package org.factpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.ext.beans.BeanModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateHashModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.factpress.build.SiteBuild;
import org.factpress.html.SiteRenderer;
import org.factpress.model.Library;
import org.factpress.model.Rating;
import org.factpress.view.Urls;
import org.factpress.view.Views;

/** Records reach templates by a quicker way than Freemarker's bean wrapper, and pages do not change for it. */
class RecordWrapperTest {

    @Test
    void aRecordsComponentsAreReadWithoutABeanModel() throws Exception {
        RecordWrapper wrapper = new RecordWrapper();
        Rating rating = new Rating("false", "False", 1, "Not accurate.", "#b00");
        Object model = wrapper.wrap(rating);
        assertFalse(model instanceof BeanModel, "a record of the model gets the quick model");
        TemplateHashModel hash = assertInstanceOf(TemplateHashModel.class, model);
        assertEquals("False", hash.get("label").toString());
        assertEquals("1", hash.get("value").toString());
        assertTrue(wrapper.wrap(new Rating("x", "X", null, "m", "#000")) instanceof TemplateHashModel h
                && h.get("value") == null, "a null component is missing, as with the bean wrapper");
        // A record with an interface may be something else to Freemarker (a list, a map): the bean wrapper decides.
        assertInstanceOf(BeanModel.class, wrapper.wrap(new Listed(1)));
    }

    /** A record that implements an interface. */
    public record Listed(int n) implements Comparable<Listed> {
        @Override
        public int compareTo(Listed o) {
            return Integer.compare(n, o.n);
        }
    }

    /** Every page of the example site, rendered with each wrapper: the same bytes. */
    @Test
    void theExampleSiteIsTheSameWithEitherWrapper() throws Exception {
        SiteBuild.Checked checked = SiteBuild.check(org.factpress.TestSites.content("example"));
        assertFalse(checked.problems().hasErrors());
        Library library = checked.library();
        Map<String, String> quick = pages(library, new Templates(Path.of("templates")));
        Map<String, String> beans = pages(library, new Templates(Path.of("templates"),
                new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build()));
        assertTrue(quick.size() > 30, quick.size() + " files");
        assertEquals(beans.keySet(), quick.keySet());
        for (String file : beans.keySet()) {
            assertEquals(beans.get(file), quick.get(file), file);
        }
    }

    private static Map<String, String> pages(Library library, Templates templates) throws Exception {
        Map<String, String> out = java.util.Collections.synchronizedMap(new TreeMap<>());
        try (Workers workers = new Workers(2)) {
            Views views = new Views(library, new Urls(library.site().baseUrl()));
            org.factpress.incremental.OutputSink sink = (p, b) -> out.put(p, new String(b, StandardCharsets.UTF_8));
            SiteRenderer site = new SiteRenderer(library, templates, views, sink, false, workers);
            site.renderPages(null);
            site.renderFiles(sink);
        }
        return out;
    }
}

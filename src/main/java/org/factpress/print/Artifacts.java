package org.factpress.print;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * openhtmltopdf marks every background and border it paints as an artifact with a property list of its own
 * ({@code /Type /Background} and the box's {@code /BBox}): one object per box, thousands in an article brief, a
 * large share of its bytes. Screen readers skip artifacts whatever their type, and nothing else reads those lists,
 * so each becomes one small list written in place, {@code << /Type /Layout >>} (a design element, which needs no
 * box). What is painted, and the tagged structure, stay as they were.
 */
final class Artifacts {
    private static final COSName BACKGROUND = COSName.getPDFName("Background");
    private static final COSName LAYOUT = COSName.getPDFName("Layout");

    private Artifacts() {}

    static void shrink(PDDocument pdf) {
        COSDictionary layout = new COSDictionary();
        layout.setItem(COSName.TYPE, LAYOUT);
        layout.setDirect(true);
        for (PDPage page : pdf.getPages()) {
            COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
            if (properties == null) {
                continue;
            }
            for (COSName name : properties.keySet()) {
                COSBase value = properties.getItem(name);
                COSBase list = value instanceof COSObject o ? o.getObject() : value;
                if (list instanceof COSDictionary d && BACKGROUND.equals(d.getCOSName(COSName.TYPE))) {
                    properties.setItem(name, layout);
                }
            }
        }
    }
}

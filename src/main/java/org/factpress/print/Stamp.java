package org.factpress.print;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Makes a laid-out PDF repeatable and self-describing: properties, dates, XMP metadata (PDF/A and PDF/UA
 * identification) and the trailer /ID all come from the content, never from the clock. openhtmltopdf stamps the
 * current time and PDFBox derives /ID from it, so all of them are replaced here, just before saving.
 */
final class Stamp {
    static final String TOOL = "factpress";

    private Stamp() {}

    static void apply(PDDocument pdf, DocumentInfo info, String pdfaConformance, byte[] seed, String sourceDateEpoch)
            throws IOException {
        Calendar when = calendar(info.date(), sourceDateEpoch);
        PDDocumentInformation d = new PDDocumentInformation();
        d.setTitle(info.title());
        d.setAuthor(info.author());
        d.setSubject(info.subject());
        if (!info.keywords().isEmpty()) {
            d.setKeywords(info.keywordLine());
        }
        d.setCreator(TOOL);
        d.setProducer(TOOL);
        d.setCreationDate(when);
        d.setModificationDate(when);
        pdf.setDocumentInformation(d);

        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(xmp(info, when, pdfaConformance).getBytes(StandardCharsets.UTF_8));
        pdf.getDocumentCatalog().setMetadata(metadata);
        pdf.getDocumentCatalog().setLanguage(info.language());

        byte[] id = Arrays.copyOf(sha256(seed), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** Midnight UTC of the content's date, or {@code epoch} (SOURCE_DATE_EPOCH as the build read it) when set. */
    static Calendar calendar(LocalDate date, String epoch) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        if (epoch != null && epoch.matches("\\d{1,12}")) {
            c.setTimeInMillis(Long.parseLong(epoch) * 1000L);
        } else {
            c.setTimeInMillis(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        }
        return c;
    }

    /** The XMP packet: Dublin Core and PDF properties mirroring the information dictionary, as PDF/A requires. */
    static String xmp(DocumentInfo info, Calendar when, String pdfaConformance) {
        String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                Instant.ofEpochMilli(when.getTimeInMillis()).atOffset(ZoneOffset.UTC));
        StringBuilder subjects = new StringBuilder();
        for (String k : info.keywords()) {
            subjects.append("<rdf:li>").append(esc(k)).append("</rdf:li>");
        }
        String keywords = info.keywords().isEmpty() ? ""
                : "<pdf:Keywords>" + esc(info.keywordLine()) + "</pdf:Keywords>\n";
        String dcSubject = info.keywords().isEmpty() ? ""
                : "<dc:subject><rdf:Bag>" + subjects + "</rdf:Bag></dc:subject>\n";
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:format>application/pdf</dc:format>
                <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
                <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
                <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                %s</rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                <pdf:Producer>%s</pdf:Producer>
                %s</rdf:Description>
                <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                <xmp:CreatorTool>%s</xmp:CreatorTool>
                <xmp:CreateDate>%s</xmp:CreateDate>
                <xmp:ModifyDate>%s</xmp:ModifyDate>
                <xmp:MetadataDate>%s</xmp:MetadataDate>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                <pdfaid:part>2</pdfaid:part>
                <pdfaid:conformance>%s</pdfaid:conformance>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                <pdfuaid:part>1</pdfuaid:part>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
                xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
                <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
                <pdfaProperty:name>part</pdfaProperty:name>
                <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                <pdfaProperty:category>internal</pdfaProperty:category>
                <pdfaProperty:description>Part of ISO 14289 the document conforms to</pdfaProperty:description>
                </rdf:li></rdf:Seq></pdfaSchema:property>
                </rdf:li></rdf:Bag></pdfaExtension:schemas>
                </rdf:Description>
                </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="r"?>
                """.formatted(esc(info.title()), esc(info.author()), esc(info.subject()), esc(info.language()),
                dcSubject, TOOL, keywords, TOOL, date, date, date, pdfaConformance);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

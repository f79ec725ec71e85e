package org.factpress.print;

import java.nio.file.Files;
import java.nio.file.Path;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Prints veraPDF's failed rules for the PDFs named on the command line (a tool for looking; tests assert). */
public final class VeraCheck {
    public static void main(String[] args) throws Exception {
        for (String a : args) {
            byte[] pdf = Files.readAllBytes(Path.of(a));
            for (PDFAFlavour f : new PDFAFlavour[] {PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_U}) {
                var fails = VeraPdf.failures(pdf, f);
                System.out.println(a + " " + f + ": " + fails.size() + " failed");
                fails.stream().distinct().limit(40).forEach(s -> System.out.println("  " + s));
            }
        }
    }
}

package org.factpress.view;

/**
 * The text colour for a verdict badge: white or near-black, whichever contrasts more with the verdict colour
 * (WCAG 2.1 relative luminance), so a desk's own scale colours keep readable labels in both schemes.
 */
public final class VerdictInk {
    static final String LIGHT = "#ffffff";
    static final String DARK = "#111111";

    private VerdictInk() {}

    public static String on(String background) {
        return contrast(background, LIGHT) >= contrast(background, DARK) ? LIGHT : DARK;
    }

    /** WCAG contrast ratio of two #rrggbb colours, 1 to 21. */
    public static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int c) {
        double s = c / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}

package org.factpress.model;

import java.util.List;

/**
 * Where else the claim went round: the other places it was made ({@code appearances}), and the slug of an earlier
 * check of the same claim ({@code sameAs}, null when none).
 */
public record Circulation(List<Appearance> appearances, String sameAs) {

    public Circulation {
        appearances = List.copyOf(appearances);
    }
}

package org.factpress.model;

/**
 * A claimant or a member of the desk's staff, from people.yaml. {@code organization} is true for claimants that
 * are not a person (a newspaper, a ministry), so structured data names them as an Organization.
 * {@code sameAs}: pages that identify them (Wikidata, an official page), for schema.org sameAs.
 */
public record Person(String id, String name, String role, String url, boolean organization, Origin origin,
                     java.util.List<String> sameAs) {
    public Person {
        sameAs = java.util.List.copyOf(sameAs);
    }
}

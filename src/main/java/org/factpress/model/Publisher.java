package org.factpress.model;

/** The fact-checking desk that publishes the site. */
public record Publisher(String name, String url, String logo) {}

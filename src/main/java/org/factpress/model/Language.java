package org.factpress.model;

/**
 * A language the site publishes in: its BCP 47 {@code code} ({@code uk}, {@code en}, {@code pt-BR}) and the
 * {@code name} readers know it by, written in that language ({@code Українська}). The first of site.yaml's
 * {@code languages} is the default: its pages stand at the root, every other language's under {@code /<code>/}.
 */
public record Language(String code, String name) {}

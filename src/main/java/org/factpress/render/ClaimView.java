package org.factpress.render;

import org.factpress.model.Claim;
import org.factpress.model.Person;
import org.factpress.model.Rating;
import org.factpress.model.SourceArticle;

/** A claim with everything its pages show resolved: people, rating, links and rendered analysis. */
public record ClaimView(Claim claim, SourceArticle article, Person claimant, Person author, Person editor,
                        Rating rating, String url, String absoluteUrl, String articleUrl, String analysisHtml) {}

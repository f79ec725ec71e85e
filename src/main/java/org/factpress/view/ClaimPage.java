package org.factpress.view;

import java.util.List;
import org.factpress.model.Appearance;

/**
 * A fact-check's page: the check, its update log, the checks it repeats or that repeat it, related checks, where
 * else the claim appeared, and links to its print files (null when the build makes none).
 *
 * @param listed which claimants and tags have pages, so a withdrawn check's page links only those that exist
 * @param firstAppearances where the claim first appeared, listed before the quoted article
 * @param laterAppearances where it appeared since, oldest first
 * @param stale in a translation, the original's change it predates (null when it is up to date, or the original)
 */
public record ClaimPage(ClaimView c, List<Correction> updates, List<Correction> withdrawals, Views.Listed listed,
                        ClaimView earlier, List<ClaimView> repeats, List<ClaimView> sameClaimant,
                        List<ClaimView> sameArticle, int claimantTotal, int articleTotal, List<ShareLinks.Link> share,
                        List<Appearance> firstAppearances, List<Appearance> laterAppearances, String briefUrl,
                        String factBriefUrl, StaleTranslation stale) {}

<#ftl output_format="plainText">
/* Verdict colours, from the site's rating scale (colours are checked as #rrggbb when loaded). The ink is the
   label colour with the better contrast on that colour, chosen by factpress. */
<#list scale.ratings as r>
.verdict-${r.id} { --verdict: ${r.colour}; --verdict-ink: ${verdictInk[r.id]}; }
</#list>

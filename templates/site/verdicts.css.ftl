<#ftl output_format="plainText">
/* Verdict colours, from the site's rating scale (colours are checked as #rrggbb when loaded). */
<#list scale.ratings as r>
.verdict-${r.id} { --verdict: ${r.colour}; }
</#list>

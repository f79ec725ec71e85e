<#ftl output_format="plainText">
<#-- Crawlers read robots.txt at the root of a host only: this one counts when the site is served there (a user or
     organisation Pages site, or a custom domain); under a project path it is harmless. -->
User-agent: *
Allow: /

Sitemap: ${urls.siteAbsolute("sitemap.xml")}

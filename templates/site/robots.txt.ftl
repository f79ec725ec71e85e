<#ftl output_format="plainText">
User-agent: *
Allow: /

Sitemap: ${urls.absolute("sitemap.xml")}

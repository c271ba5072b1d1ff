<?xml version="1.0" encoding="UTF-8"?>
<!--
  Figures (TEI module figures): graphics shown, tables and formulae. An image is shown only from a
  relative URL (a file of the project, beside its TEI source on the site); any other URL becomes a
  link where f:safe-href allows it — never javascript: or data:, and nothing is fetched by the page.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:tei-edition:function"
  xmlns:m="urn:tei-edition:mode"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <xsl:template match="graphic | binaryObject" mode="m:body">
    <xsl:param name="root" as="xs:string" tunnel="yes"/>
    <xsl:variable name="url" select="f:safe-href(@url)"/>
    <xsl:variable name="description" select="normalize-space(string-join((desc, ../figDesc, ../head) ! string(.), ' '))"/>
    <span class="graphic">
      <xsl:choose>
        <xsl:when test="exists($url) and not(matches($url, '^[A-Za-z][A-Za-z0-9+.\-]*:'))">
          <img src="{f:graphic-src($url, root(.), $root)}" alt="{$description}" loading="lazy"/>
        </xsl:when>
        <xsl:when test="exists($url)"><a class="graphic-link" href="{$url}">Image: {@url}</a></xsl:when>
        <xsl:when test="@url"><span class="graphic-missing">Image: {@url}</span></xsl:when>
      </xsl:choose>
      <xsl:apply-templates mode="m:body"/>
    </span>
  </xsl:template>

  <!-- A relative image URL resolves against the TEI file, which the site publishes under tei/. -->
  <xsl:function name="f:graphic-src" as="xs:string">
    <xsl:param name="url" as="xs:string"/>
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="root" as="xs:string"/>
    <xsl:variable name="tei-path" select="if ($doc instance of document-node()) then f:document-path($doc) else ''"/>
    <xsl:variable name="folder" select="if (contains($tei-path, '/')) then replace($tei-path, '^(.*/)[^/]*$', '$1') else ''"/>
    <xsl:sequence select="$root || 'tei/' || $folder || $url"/>
  </xsl:function>

  <xsl:template match="formula | notatedMusic" mode="m:body">
    <span class="{local-name()}"><xsl:apply-templates mode="m:body"/></span>
  </xsl:template>

</xsl:stylesheet>

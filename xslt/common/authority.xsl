<?xml version="1.0" encoding="UTF-8"?>
<!--
  Authority ids of a register entry (idno, or authority URLs in @ref/@sameAs) as links to the
  authority files — exactly as the register states them, the same URIs the exports carry
  (src/export/authority.ts).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:tei-edition:function"
  xmlns:t="urn:tei-edition:template"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <!-- (label, URI) pairs as maps, in the register's order, each URI once. -->
  <xsl:function name="f:authority-ids" as="map(*)*">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="from-idno" as="map(*)*">
      <xsl:for-each select="$entry/idno[normalize-space(.) ne '']">
        <xsl:variable name="value" select="normalize-space(.)"/>
        <xsl:variable name="type" select="lower-case(@type)"/>
        <xsl:choose>
          <xsl:when test="matches($value, '^https?://')"><xsl:sequence select="map { 'label' : ($type[. ne ''], 'URI')[1], 'uri' : $value }"/></xsl:when>
          <xsl:when test="not(matches($value, '^[A-Za-z0-9\-]+$'))"/>
          <xsl:when test="$type = 'wikidata'"><xsl:sequence select="map { 'label' : 'Wikidata', 'uri' : 'http://www.wikidata.org/entity/' || $value }"/></xsl:when>
          <xsl:when test="$type = 'viaf'"><xsl:sequence select="map { 'label' : 'VIAF', 'uri' : 'https://viaf.org/viaf/' || $value }"/></xsl:when>
          <xsl:when test="$type = 'gnd'"><xsl:sequence select="map { 'label' : 'GND', 'uri' : 'https://d-nb.info/gnd/' || $value }"/></xsl:when>
          <xsl:when test="$type = 'geonames'"><xsl:sequence select="map { 'label' : 'GeoNames', 'uri' : 'https://www.geonames.org/' || $value }"/></xsl:when>
        </xsl:choose>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="from-attributes" select="tokenize(normalize-space(string-join(($entry/@ref, $entry/@sameAs), ' ')), ' ')[matches(., '^https?://')] ! map { 'label' : 'URI', 'uri' : . }"/>
    <xsl:for-each-group select="($from-idno, $from-attributes)" group-by="?uri">
      <xsl:sequence select="current-group()[1]"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- A dt/dd pair for the person page's facts; nothing when the register states no id. -->
  <xsl:template name="t:authority-ids">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="ids" select="f:authority-ids($entry)"/>
    <xsl:if test="exists($ids)">
      <dt>Authority files</dt>
      <dd>
        <xsl:for-each select="$ids">
          <xsl:if test="position() gt 1"> · </xsl:if>
          <a class="authority" href="{?uri}" rel="external">{?label}: {replace(?uri, '^https?://(www\.)?', '')}</a>
        </xsl:for-each>
      </dd>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>

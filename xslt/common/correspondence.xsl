<?xml version="1.0" encoding="UTF-8"?>
<!--
  Correspondence (TEI module corresp): a letter's sender, addressee and place among the facts of its
  page, and correspDesc itself rendered where a document shows it (a CMIF file lists its letters in
  the header). Names link to the register where their @ref resolves.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:tei-edition:function"
  xmlns:m="urn:tei-edition:mode"
  xmlns:t="urn:tei-edition:template"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <!-- Rows of the page's facts (inside its dl): From, To, Place. -->
  <xsl:template name="t:letter-facts">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="rows" select="map {
      'From' : f:letter-senders($doc), 'To' : f:letter-addressees($doc), 'Place' : f:letter-places($doc) }"/>
    <xsl:for-each select="('From', 'To', 'Place')[exists($rows(.))]">
      <dt>{.}</dt>
      <dd>
        <xsl:for-each select="$rows(current())">
          <xsl:if test="position() gt 1">; </xsl:if>
          <xsl:call-template name="t:agent"/>
        </xsl:for-each>
      </dd>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="t:agent">
    <xsl:param name="root" as="xs:string" tunnel="yes"/>
    <xsl:variable name="ids" select="f:person-ids(.)"/>
    <xsl:choose>
      <xsl:when test="exists($ids)"><a class="person" href="{$root}persons/{$ids[1]}.html">{f:agent-label(.)}</a></xsl:when>
      <xsl:otherwise>{f:agent-label(.)}</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A correspDesc: one line per action ("Sent by … from … on …", "Received by …"). -->
  <xsl:template match="correspDesc" mode="m:body">
    <div class="correspDesc">
      <xsl:if test="@ref">
        <xsl:variable name="href" select="f:safe-href(tokenize(normalize-space(@ref), ' ')[1])"/>
        <xsl:if test="exists($href)"><p class="corresp-ref"><a href="{$href}">{@ref}</a></p></xsl:if>
      </xsl:if>
      <xsl:apply-templates mode="m:body"/>
    </div>
  </xsl:template>

  <xsl:template match="correspAction" mode="m:body">
    <p class="correspAction">
      <span class="corresp-action">{
        if (@type = 'sent') then 'Sent' else if (@type = 'received') then 'Received'
        else if (@type = 'transmitted') then 'Transmitted' else if (@type = 'redirected') then 'Redirected'
        else if (@type = 'forwarded') then 'Forwarded' else 'Action'}: </span>
      <xsl:for-each select="* | text()[normalize-space()]">
        <xsl:if test="position() gt 1">, </xsl:if>
        <xsl:apply-templates select="." mode="m:body"/>
      </xsl:for-each>
    </p>
  </xsl:template>

  <!-- Previous and next letters of the correspondence: links where they point somewhere. -->
  <xsl:template match="correspContext" mode="m:body">
    <p class="correspContext"><xsl:apply-templates mode="m:body"/></p>
  </xsl:template>

</xsl:stylesheet>

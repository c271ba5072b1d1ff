<?xml version="1.0" encoding="UTF-8"?>
<!--
  Transcription (TEI modules core and transcr): line breaks, spaces, additions, deletions,
  substitutions and the source's other marks (gaps, supplied and unclear text: layers.xsl).
  Everything the source holds stays on the page.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:tei-edition:function"
  xmlns:m="urn:tei-edition:mode"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <!-- A line break; inside a word (@break="no") it joins the two halves: no break, and the
       whitespace the encoder put around it (for legibility of the XML) is not a word boundary. -->
  <xsl:template match="lb" mode="m:body"><br/></xsl:template>
  <xsl:template match="lb[@break = 'no']" mode="m:body" priority="1"/>
  <xsl:template match="text()[following-sibling::node()[1][self::lb[@break = 'no']]]" mode="m:body" priority="1">
    <xsl:value-of select="replace(if (preceding-sibling::node()[1][self::lb[@break = 'no']]) then replace(., '^\s+', '') else ., '\s+$', '')"/>
  </xsl:template>
  <xsl:template match="text()[preceding-sibling::node()[1][self::lb[@break = 'no']]]" mode="m:body">
    <xsl:value-of select="replace(., '^\s+', '')"/>
  </xsl:template>

  <!-- A space left in the source is a space on the page (longer ones a little wider). -->
  <xsl:template match="space" mode="m:body">
    <span class="space{if (number(@quantity) gt 1 or @extent) then ' space-wide' else ''}" title="Space in the source{@quantity ! (': ' || . || ' ' || (../@unit, 'units')[1])}"><xsl:text> </xsl:text><xsl:apply-templates mode="m:body"/></span>
  </xsl:template>

  <xsl:template match="add" mode="m:body">
    <ins><xsl:if test="@place"><xsl:attribute name="title" select="'Added (' || @place || ')'"/></xsl:if><xsl:apply-templates mode="m:body"/></ins>
  </xsl:template>

  <xsl:template match="del" mode="m:body">
    <del><xsl:apply-templates mode="m:body"/></del>
  </xsl:template>

  <!-- A substitution: the deleted reading struck through, then the added one. -->
  <xsl:template match="subst | mod | redo | undo | restore | retrace | substJoin" mode="m:body">
    <span class="{local-name()}"><xsl:apply-templates mode="m:body"/></span>
  </xsl:template>

  <xsl:template match="damage | surplus | secl | am | ex | handShift | metamark | fw" mode="m:body">
    <span class="{local-name()}"><xsl:apply-templates mode="m:body"/></span>
  </xsl:template>

  <!-- A choice whose parts are not the usual pairs (sic/corr, orig/reg, abbr/expan): the first
       is the text, the others follow it in brackets ("(or: …)"). -->
  <xsl:template match="choice[not(corr | reg | expan | sic | orig | abbr)]" mode="m:body" priority="1">
    <span class="choice">
      <xsl:apply-templates select="*[1]" mode="m:body"/>
      <xsl:for-each select="*[position() gt 1]">
        <span class="alternative" data-pagefind-ignore=""> (or: <xsl:apply-templates select="." mode="m:body"/>)</span>
      </xsl:for-each>
      <xsl:apply-templates select="text()[normalize-space()]" mode="m:body"/>
    </span>
  </xsl:template>

  <!-- Standalone normalisations and abbreviations keep their text. -->
  <xsl:template match="reg[not(parent::choice)] | orig[not(parent::choice)] | abbr[not(parent::choice)] | expan[not(parent::choice)] | corr[not(parent::choice)]" mode="m:body">
    <span class="{local-name()}"><xsl:apply-templates mode="m:body"/></span>
  </xsl:template>

</xsl:stylesheet>

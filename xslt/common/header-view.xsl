<?xml version="1.0" encoding="UTF-8"?>
<!--
  What a text page shows from the TEI header beyond title, author and date: the source description
  when the project has no sources.xml entry for the text, and the content of a document that has no
  <text> (a CMIF file's letters, a standOff register) so that a header-only file still gets a page.
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

  <!-- Source rows from sourceDesc: one line per bibliographic description or manuscript. -->
  <xsl:template name="t:source-description">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="labels" select="$doc/TEI/teiHeader/fileDesc/sourceDesc/(bibl | biblStruct | biblFull | msDesc | p | listBibl/(bibl | biblStruct))
      ! f:bibliographic-label(.)[. ne '']"/>
    <xsl:if test="exists($labels)">
      <dt>Source</dt>
      <xsl:for-each select="$labels"><dd class="source-description">{.}</dd></xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- "Author: Title. Place: Publisher, date (series: Series title)", from whatever the description has.
       A series title (title[@level = 's'], series/title) is named as such, never as the title. -->
  <xsl:function name="f:bibliographic-label" as="xs:string">
    <xsl:param name="description" as="element()"/>
    <xsl:choose>
      <xsl:when test="$description/self::p">
        <xsl:sequence select="normalize-space($description)"/>
      </xsl:when>
      <xsl:when test="$description/self::msDesc">
        <xsl:sequence select="string-join($description/msIdentifier/(country | region | settlement | institution | repository | collection | idno)
          ! normalize-space(.)[. ne ''], ', ')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="d" select="$description"/>
        <xsl:variable name="series" select="($d//series/title, $d//title[@level = 's'])[1]"/>
        <xsl:variable name="titles" select="$d//title[not(ancestor::series)][not(@level = 's')][not(@type = ('short', 'sub'))]"/>
        <xsl:variable name="title" select="string-join(distinct-values($titles ! normalize-space(.)[. ne '']), ': ')"/>
        <xsl:variable name="authors" select="string-join(($d//author[not(ancestor::series)] ! f:agent-label(.))[. ne ''], ', ')"/>
        <xsl:variable name="imprint" select="string-join((
          string-join(($d//pubPlace)[1] ! normalize-space(.), ''),
          string-join(($d//publisher)[1] ! normalize-space(.), ''))[. ne ''], ': ')"/>
        <xsl:variable name="date" select="normalize-space(($d//date)[1])"/>
        <xsl:variable name="parts" select="(
          string-join(($authors[. ne ''], ($title, $series ! normalize-space(.))[. ne ''][1]), ': '),
          string-join(($imprint[. ne ''], ($date, ($d//date/@when)[1] ! string(.))[. ne ''][1]), ', '),
          ($series[$title ne ''] ! ('series: ' || normalize-space(.))))[. ne '']"/>
        <xsl:sequence select="if (exists($parts)) then string-join($parts, '. ') else normalize-space($d)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- A document without <text>: its letters (correspDesc) and standOff content, shown as they are. -->
  <xsl:template name="t:header-only">
    <p class="header-only">This document has no text of its own; shown here is what its header
      <xsl:if test="TEI/standOff"> and stand-off markup</xsl:if> hold<xsl:if test="not(TEI/standOff)">s</xsl:if>.</p>
    <xsl:variable name="letters" select="TEI/teiHeader/profileDesc/correspDesc"/>
    <xsl:if test="exists($letters)">
      <section class="letters">
        <h2>Letters ({count($letters)})</h2>
        <ol class="letter-list">
          <xsl:for-each select="$letters"><li><xsl:apply-templates select="." mode="m:body"/></li></xsl:for-each>
        </ol>
      </section>
    </xsl:if>
    <xsl:for-each select="TEI/standOff">
      <section class="standOff"><xsl:apply-templates mode="m:body"/></section>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!--
  Chronicles (listEvent/event): each event links the texts of the edition it describes. A text is
  described when its title as a chronicle cites it (the catalogue's @cited-as: without subtitle and
  leading article, case and punctuation aside) occurs in the event's words; only texts of the
  chronicle's own source, and titles of two words or more.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:tei-edition:function"
  xmlns:m="urn:tei-edition:mode"
  xmlns:c="urn:tei-edition:catalogue"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <xsl:function name="f:texts-described" as="element(c:text)*">
    <xsl:param name="event" as="element()"/>
    <xsl:variable name="doc" select="root($event)"/>
    <xsl:variable name="source" select="string(f:text-source-id($doc))"/>
    <xsl:variable name="id" select="f:text-id($doc)"/>
    <xsl:variable name="words" select="tokenize(f:comparable-words(string-join($event//text()[not(ancestor::note | ancestor::sic)], ' ')))"/>
    <!-- For each of the event's words, the texts whose citation starts with it (a key lookup), kept
         when the words from there on are the whole citation: never a comparison with each text of
         the source per event (a chronicle of a source with thousands of texts would cost events ×
         texts). "/." puts the texts found in catalogue order, each once. -->
    <xsl:sequence select="(for $start in 1 to count($words), $text in key('f:catalogue-by-cited-start', $source || ' ' || $words[$start], $catalogue)
      return $text[string-join(subsequence($words, $start, count(tokenize(@cited-as))), ' ') eq @cited-as])/.[@id ne $id]"/>
  </xsl:function>

  <xsl:template match="event" mode="m:body" priority="1">
    <div class="event">
      <xsl:apply-templates mode="m:body"/>
      <xsl:variable name="described" select="if (exists($catalogue)) then f:texts-described(.) else ()"/>
      <xsl:if test="exists($described)">
        <span class="chronicle-texts">In this edition:
          <xsl:for-each select="$described">
            <xsl:if test="position() gt 1">; </xsl:if>
            <a href="{@id}.html">{@title}</a>
          </xsl:for-each>
        </span>
      </xsl:if>
    </div>
  </xsl:template>

</xsl:stylesheet>

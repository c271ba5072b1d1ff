<?xml version="1.0" encoding="UTF-8"?>
<!--
  Chronicles (listEvent/event): each event links the texts of the edition it describes. A text is
  described when its title, as the catalogue gives it (without subtitle and leading article), occurs
  in the event's words (case and punctuation aside); only texts of the chronicle's own source, and
  titles of two words or more.
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

  <xsl:function name="f:comparable-words" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="' ' || normalize-space(replace(lower-case($text), '[^\p{L}\p{N}]+', ' ')) || ' '"/>
  </xsl:function>

  <xsl:function name="f:texts-described" as="element(c:text)*">
    <xsl:param name="event" as="element()"/>
    <xsl:variable name="doc" select="root($event)"/>
    <xsl:variable name="source" select="string(f:text-source-id($doc))"/>
    <xsl:variable name="id" select="f:text-id($doc)"/>
    <xsl:variable name="words" select="f:comparable-words(string-join($event//text()[not(ancestor::note | ancestor::sic)], ' '))"/>
    <!-- Only the texts of the same source, by key: never the whole catalogue per event. -->
    <xsl:sequence select="key('f:catalogue-by-source', $source, $catalogue)[@id ne $id]
      [count(tokenize(normalize-space(f:short-title(@title)), ' ')) ge 2][contains($words, f:comparable-words(f:short-title(@title)))]"/>
  </xsl:function>

  <!-- A title as a chronicle cites it: without its subtitle and leading article
       ("The Foundations of Leninism: Lectures …" → "Foundations of Leninism"). -->
  <xsl:function name="f:short-title" as="xs:string">
    <xsl:param name="title" as="xs:string"/>
    <xsl:sequence select="replace(replace(normalize-space($title), ':\s.*$', ''), '^(The|A|An)\s+', '')"/>
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
